/** Sensitization of the reward/locomotor circuit by intermittent drug onsets. */
package org.receptorsim.organism.sensitization;
