package org.receptorsim.model;

/**
 * The work of the count-only engine's multinomial leaps, summed over a cell's life (or over cells): how many leaps
 * it made, how many binomial deviates and one-by-one placements they took, and how many flows they produced, a flow
 * being a pair (start state, end state) that received at least one receptor in a leap, staying included. A sampler
 * that draws each start state's multinomial has to draw every flow, so the flows per leap are the least work such a
 * sampler does. They grow with the number of receptors, as outcomes of ever smaller probability receive receptors:
 * measured by {@code receptorsim bench} (its receptors section), this is why the engine's cost per cell-day grows
 * slowly with the receptor count instead of staying flat. The other engines make no leaps: {@link #NONE}.
 *
 * @param leaps leaps made (stretches simulated jump by jump, as under pharmacokinetics, are not leaps)
 * @param binomialDraws binomial deviates drawn
 * @param singlePlacements receptors placed one by one (the last few of a state)
 * @param flows nonzero (start state, end state) pairs, summed over leaps
 */
public record LeapWork(long leaps, long binomialDraws, long singlePlacements, long flows) {

    /** No leaps (the event and per-receptor engines). */
    public static final LeapWork NONE = new LeapWork(0, 0, 0, 0);

    /** The sum of this and another tally. */
    public LeapWork plus(LeapWork other) {
        return new LeapWork(leaps + other.leaps, binomialDraws + other.binomialDraws,
                singlePlacements + other.singlePlacements, flows + other.flows);
    }

    /** Flows per leap (NaN without leaps). */
    public double flowsPerLeap() {
        return leaps == 0 ? Double.NaN : (double) flows / leaps;
    }

    /** Binomial deviates plus one-by-one placements per leap: the random draws of a leap (NaN without leaps). */
    public double drawsPerLeap() {
        return leaps == 0 ? Double.NaN : (double) (binomialDraws + singlePlacements) / leaps;
    }
}
