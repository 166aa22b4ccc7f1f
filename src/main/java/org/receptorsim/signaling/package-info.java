/** Signalling downstream of the receptors: G-protein activation (and, later, cAMP and adaptations). */
package org.receptorsim.signaling;
