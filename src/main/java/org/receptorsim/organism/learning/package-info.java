/** Learned (Pavlovian, context-specific) tolerance: conditioned compensatory responses tied to context cues. */
package org.receptorsim.organism.learning;
