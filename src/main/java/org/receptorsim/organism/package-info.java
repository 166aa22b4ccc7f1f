/**
 * The organism layer above the simulated cells: pharmacokinetics with a brain compartment and P-glycoprotein efflux
 * ({@code pk}), circuits read out from their own simulated cell populations ({@code cell}, {@code circuit}), opponent
 * processes and allostatic load ({@code opponent}), opioid-induced hyperalgesia ({@code hyperalgesia}), learned
 * (context-specific) tolerance ({@code learning}), a slow CREB/ΔFosB transcriptional state ({@code transcription}),
 * sensitization of the reward/locomotor circuit ({@code sensitization}), the simulation of one arm
 * ({@code model}), organism scenario files ({@code scenario}), metrics and literature checks ({@code analysis}) and
 * the result files ({@code output}).
 *
 * <p>The cells are driven only through {@link org.receptorsim.organism.cell.CellCircuitAdapter}, the one class that
 * knows how a cell is built and run and which named readouts it records.
 */
package org.receptorsim.organism;
