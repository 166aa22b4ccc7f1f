package org.receptorsim.signaling;

/**
 * Which slow adaptations a run includes, so that each one's share of tolerance and withdrawal can be shown by
 * switching it off (an ablation; cell types never switch a mechanism off). Fields are nullable as read from a
 * scenario; {@link #orDefaults()} fills them.
 *
 * @param cyclaseSuperactivation homeostatic adenylyl-cyclase up-regulation driven by the cAMP deficit (default on)
 * @param mediatorFeedback the negative-feedback mediator E = E_d/(1 + β·M) of the seed text (default off)
 * @param downregulation sorting of endosomal receptors to the lysosome; off = every internalized receptor recycles
 *     (default on)
 * @param transmitterDepletion depletion of the releasable transmitter pool by an indirect agonist; off = the pool
 *     never empties (default on)
 * @param longLivedDesensitization the receptors' long-lived desensitized state; off = no receptor enters it
 *     (default on)
 */
public record Adaptations(Boolean cyclaseSuperactivation, Boolean mediatorFeedback, Boolean downregulation,
                          Boolean transmitterDepletion, Boolean longLivedDesensitization)
        implements java.io.Serializable {

    /** The defaults: every adaptation on except the abstract mediator feedback. */
    public static final Adaptations DEFAULT = new Adaptations(true, false, true, true, true);

    /** This, with unset switches taken from {@link #DEFAULT}. */
    public Adaptations orDefaults() {
        return new Adaptations(
                cyclaseSuperactivation == null ? DEFAULT.cyclaseSuperactivation : cyclaseSuperactivation,
                mediatorFeedback == null ? DEFAULT.mediatorFeedback : mediatorFeedback,
                downregulation == null ? DEFAULT.downregulation : downregulation,
                transmitterDepletion == null ? DEFAULT.transmitterDepletion : transmitterDepletion,
                longLivedDesensitization == null ? DEFAULT.longLivedDesensitization : longLivedDesensitization);
    }
}
