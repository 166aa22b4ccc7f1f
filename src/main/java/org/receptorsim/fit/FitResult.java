package org.receptorsim.fit;

import java.util.List;
import java.util.Map;
import org.receptorsim.assay.Pathway;

/**
 * What a fit found.
 *
 * @param estimates one per free parameter, in the model's order
 * @param correlations correlations of the estimates (of their logarithms, from the curvature at the optimum)
 * @param goodness goodness of fit
 * @param predictions the model's response for every observation at the estimates
 * @param values the estimates, one per free parameter (units of {@link FreeParameter#unit()})
 * @param evaluations data sets simulated (fit, intervals and checks)
 * @param iterations Levenberg–Marquardt iterations of the main fit
 * @param seconds wall time of the fit and its intervals
 * @param notes remarks on the result (parameters at a bound, strong correlations)
 */
public record FitResult(List<Estimate> estimates, double[][] correlations, Goodness goodness, double[] predictions,
                        double[] values, long evaluations, int iterations, double seconds, List<String> notes) {

    /**
     * One parameter's estimate with its profile-likelihood interval.
     *
     * @param parameter the parameter
     * @param value the estimate (units of {@link FreeParameter#unit()})
     * @param low lower end of the interval (the search bound if {@code openLow})
     * @param high upper end (the search bound if {@code openHigh})
     * @param openLow true if the profile stays below the threshold down to the search bound
     * @param openHigh true if it stays below the threshold up to the search bound
     * @param start the starting value
     * @param log10StandardError standard error of log10 of the estimate from the curvature (Wald)
     */
    public record Estimate(FreeParameter parameter, double value, double low, double high, boolean openLow,
                           boolean openHigh, double start, double log10StandardError) {

        /** True if the data bound the parameter on neither side. */
        public boolean unbounded() {
            return openLow && openHigh;
        }
    }

    /**
     * Goodness of fit.
     *
     * @param n observations
     * @param p free parameters
     * @param weighted true if the residuals were weighted (a chi-square), false if unweighted
     * @param weighting how: by each row's SEM, by the pooled SD of each assay's replicates, or none
     * @param ssr sum of squared residuals (assay units squared)
     * @param chiSquare sum of squared weighted residuals (NaN unweighted)
     * @param reducedChiSquare chi-square / (n − p) (NaN unweighted)
     * @param residualSd sqrt(SSR / (n − p)) (assay units)
     * @param aic Akaike's criterion n·ln(RSS/n) + 2p, RSS the weighted sum of squares, or SSR unweighted
     * @param aicc AIC corrected for small samples, AIC + 2p(p + 1)/(n − p − 1)
     * @param perAssay per assay: observations, SSR and R² (share of the assay's response variance explained)
     */
    public record Goodness(int n, int p, boolean weighted, String weighting, double ssr, double chiSquare, double reducedChiSquare,
                           double residualSd, double aic, double aicc, Map<Pathway, AssayFit> perAssay) {
    }

    /**
     * Goodness of fit of one assay.
     *
     * @param n observations
     * @param ssr sum of squared residuals
     * @param rSquared 1 − SSR/SST
     */
    public record AssayFit(int n, double ssr, double rSquared) {
    }
}
