/** Opioid-induced hyperalgesia: a pro-nociceptive process that rises with exposure and lowers the pain threshold. */
package org.receptorsim.organism.hyperalgesia;
