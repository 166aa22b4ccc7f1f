/** Small exact solutions shared by the organism's slow processes (first-order relaxation). */
package org.receptorsim.organism.math;
