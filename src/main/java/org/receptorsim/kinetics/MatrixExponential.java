package org.receptorsim.kinetics;

/**
 * Transition matrix of a continuous-time Markov chain over a time step: P(t) = exp(Q·t).
 *
 * <p>Computed by scaling and squaring with a Taylor series, which is accurate to double precision for the small,
 * dense generators of a receptor (tens of states). The result is a stochastic matrix: round-off negatives are
 * clamped to zero and each row renormalized to sum to one.
 */
public final class MatrixExponential {

    private MatrixExponential() {
    }

    /**
     * Returns exp(Q·t) for a generator Q (off-diagonal rates ≥ 0 in per second, rows summing to zero).
     *
     * @param generator the generator Q in per second, square
     * @param seconds the time t in seconds, ≥ 0 and finite
     * @return the transition probability matrix over t
     */
    public static double[][] transitionMatrix(double[][] generator, double seconds) {
        double[][] result = exponential(generator, seconds);
        for (double[] row : result) {
            double sum = 0;
            for (int j = 0; j < row.length; j++) {
                if (row[j] < 0) {
                    row[j] = 0;
                }
                sum += row[j];
            }
            for (int j = 0; j < row.length; j++) {
                row[j] /= sum;
            }
        }
        return result;
    }

    /**
     * Returns exp(A·t) for any square matrix A with finite entries (no stochastic clean-up).
     *
     * @param matrix A, square
     * @param seconds t in seconds, ≥ 0 and finite
     * @return exp(A·t)
     */
    public static double[][] exponential(double[][] matrix, double seconds) {
        double[][] generator = matrix;
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("time step must be finite and >= 0 seconds: " + seconds);
        }
        int n = generator.length;
        double norm = 0;
        for (double[] row : generator) {
            if (row.length != n) {
                throw new IllegalArgumentException("generator must be square");
            }
            double sum = 0;
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("generator holds a non-finite rate: " + v);
                }
                sum += Math.abs(v);
            }
            norm = Math.max(norm, sum);
        }
        double scaledNorm = norm * seconds;
        int squarings = 0;
        while (scaledNorm > 0.5) {
            scaledNorm /= 2;
            squarings++;
        }
        double factor = seconds / Math.pow(2, squarings);
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = generator[i][j] * factor;
            }
        }
        double[][] result = identity(n);
        double[][] term = identity(n);
        for (int k = 1; k <= 40; k++) {
            term = multiply(term, a);
            double termNorm = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    term[i][j] /= k;
                    result[i][j] += term[i][j];
                    termNorm = Math.max(termNorm, Math.abs(term[i][j]));
                }
            }
            if (termNorm < 1e-18) {
                break;
            }
        }
        for (int s = 0; s < squarings; s++) {
            result = multiply(result, result);
        }
        return result;
    }

    static double[][] identity(int n) {
        double[][] id = new double[n][n];
        for (int i = 0; i < n; i++) {
            id[i][i] = 1;
        }
        return id;
    }

    static double[][] multiply(double[][] x, double[][] y) {
        int n = x.length;
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                double xik = x[i][k];
                if (xik == 0) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    out[i][j] += xik * y[k][j];
                }
            }
        }
        return out;
    }
}
