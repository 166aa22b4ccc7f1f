package org.receptorsim.pharmacology.pk;

import java.util.Arrays;
import java.util.List;
import org.receptorsim.pharmacology.BathProtocol;
import org.receptorsim.pharmacology.Exposure;
import org.receptorsim.pharmacology.ExposureQuantity;
import org.receptorsim.pharmacology.ExposureReadouts;

/**
 * The exposure of a run in which one ligand is dosed: that ligand's concentration at the receptors is the effect-site
 * concentration of a precomputed {@link PkTrajectory}, added on top of an optional {@link BathProtocol} (which may
 * set any ligand, the dosed one included); the other ligands come from the bath or are 0.
 *
 * <p><b>Step averages.</b> {@link #concentrationsAt(double, double[])} returns, for the dosed ligand, the
 * <em>average</em> effect-site concentration over the step [t, t + dt) — the exact integral of Ce over the step
 * divided by dt — not the value at t. A receptor step with constant rates then sees the same mean drive as the
 * continuous course, and a bolus given inside a step counts from the moment it is given. The trajectory must be
 * built with the run's dt (and a duration covering the run); times off the grid or beyond the duration are
 * computed on demand, exactly as on the grid.
 *
 * <p>Immutable and thread-safe.
 */
public final class PharmacokineticExposure implements Exposure {

    /** Plasma concentration of the dosed ligand (molar). */
    public static final ExposureQuantity PLASMA =
            new ExposureQuantity("pkPlasma_M", "M", "plasma concentration of the dosed ligand");
    /** Effect-site concentration of the dosed ligand (molar). */
    public static final ExposureQuantity EFFECT_SITE =
            new ExposureQuantity("pkEffectSite_M", "M", "effect-site concentration of the dosed ligand");
    /** Enzyme induction factor I (dimensionless, 1 = uninduced; clearance is CL0·I). */
    public static final ExposureQuantity INDUCTION =
            new ExposureQuantity("pkInduction", "1", "enzyme induction factor (clearance relative to uninduced)");
    /** Clearance of the dosed ligand (litres per second). */
    public static final ExposureQuantity CLEARANCE =
            new ExposureQuantity("pkClearance_L_per_s", "L/s", "clearance of the dosed ligand");
    /** What a pharmacokinetic exposure reports, in result-file order. */
    public static final List<ExposureQuantity> QUANTITIES = List.of(PLASMA, EFFECT_SITE, INDUCTION, CLEARANCE);

    private final int ligandCount;
    private final int ligandIndex;
    private final PkTrajectory trajectory;
    private final BathProtocol bath;

    /**
     * @param ligandCount number of ligands in the run (≥ 1)
     * @param ligandIndex the dosed ligand (0 ≤ index &lt; ligandCount)
     * @param trajectory its pharmacokinetic course, on the run's dt
     * @param bath bath concentrations added on top, or null for none
     */
    public PharmacokineticExposure(int ligandCount, int ligandIndex, PkTrajectory trajectory, BathProtocol bath) {
        checkIndex(ligandCount, ligandIndex);
        if (trajectory == null) {
            throw new IllegalArgumentException("trajectory: expected a pharmacokinetic trajectory, got null");
        }
        this.ligandCount = ligandCount;
        this.ligandIndex = ligandIndex;
        this.trajectory = trajectory;
        this.bath = bath;
    }

    /**
     * Computes the trajectory over [0, duration] on the run's grid and wraps it.
     *
     * @param ligandCount number of ligands in the run
     * @param ligandIndex the dosed ligand
     * @param model the pharmacokinetic model
     * @param doses the doses
     * @param bath bath on top, or null
     * @param durationSeconds the run's duration (seconds)
     * @param dtSeconds the run's time step (seconds)
     * @return the exposure
     */
    public static PharmacokineticExposure of(int ligandCount, int ligandIndex, PkModel model,
                                             List<? extends DosingEvent> doses, BathProtocol bath,
                                             double durationSeconds, double dtSeconds) {
        checkIndex(ligandCount, ligandIndex);
        return new PharmacokineticExposure(ligandCount, ligandIndex,
                PkTrajectory.compute(model, doses, durationSeconds, dtSeconds), bath);
    }

    static void checkIndex(int ligandCount, int ligandIndex) {
        if (ligandCount < 1) {
            throw new IllegalArgumentException("ligandCount: expected >= 1, got " + ligandCount);
        }
        if (ligandIndex < 0 || ligandIndex >= ligandCount) {
            throw new IllegalArgumentException("ligandIndex: expected 0.." + (ligandCount - 1) + ", got "
                    + ligandIndex);
        }
    }

    /** The pharmacokinetic course (plasma, effect site, induction, clearance, AUC). */
    public PkTrajectory trajectory() {
        return trajectory;
    }

    /** Index of the dosed ligand in the run's ligand list. */
    public int ligandIndex() {
        return ligandIndex;
    }

    /** The bath on top, or null. */
    public BathProtocol bath() {
        return bath;
    }

    @Override
    public void concentrationsAt(double timeSeconds, double[] molar) {
        if (bath != null) {
            bath.concentrationsAt(timeSeconds, molar);
        } else {
            Arrays.fill(molar, 0, ligandCount, 0.0);
        }
        molar[ligandIndex] += trajectory.stepAverageEffectSiteMolarAt(timeSeconds);
    }

    /**
     * Before the first dose the dosed ligand is exactly 0, so the concentrations stay constant until the first
     * dose or the next bath change; after it they change every step.
     */
    @Override
    public double constantUntil(double timeSeconds) {
        double first = trajectory.firstDoseSeconds();
        if (timeSeconds >= first) {
            return timeSeconds;
        }
        return bath == null ? first : Math.min(first, bath.constantUntil(timeSeconds));
    }

    @Override
    public List<ExposureQuantity> readoutQuantities() {
        return QUANTITIES;
    }

    @Override
    public ExposureReadouts readouts(double timeSeconds) {
        return new ExposureReadouts(QUANTITIES, new double[] {trajectory.plasmaMolarAt(timeSeconds),
                trajectory.effectSiteMolarAt(timeSeconds), trajectory.inductionFactorAt(timeSeconds),
                trajectory.clearanceLitresPerSecondAt(timeSeconds)});
    }
}
