/** The slow transcriptional state of a circuit (CREB-like and ΔFosB-like) and the gain it puts on adaptation set points. */
package org.receptorsim.organism.transcription;
