package org.warta.bench.similarity;

import java.util.Random;

/**
 * Ordinary least squares with a small ridge penalty on the slopes (Hoerl and Kennard 1970), solved by the normal
 * equations; and its k-fold cross-validated predictions, for honest figures of a model fitted on the set it is
 * measured on.
 */
final class LinearFit {

    private LinearFit() {
    }

    /** Coefficients: one per column of x, then the intercept. */
    static double[] fit(double[][] x, double[] y, double lambda) {
        int p = x[0].length + 1;
        double[][] a = new double[p][p + 1];
        for (int i = 0; i < x.length; i++) {
            double[] row = row(x[i]);
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < p; k++) {
                    a[j][k] += row[j] * row[k];
                }
                a[j][p] += row[j] * y[i];
            }
        }
        for (int j = 0; j < p - 1; j++) {
            a[j][j] += lambda;
        }
        return solve(a);
    }

    static double predict(double[] w, double[] x) {
        double s = w[w.length - 1];
        for (int i = 0; i < x.length; i++) {
            s += w[i] * x[i];
        }
        return s;
    }

    /** Out-of-fold predictions of a {@code k}-fold cross-validation with folds drawn by {@code seed}. */
    static double[] crossValidate(double[][] x, double[] y, double lambda, int k, long seed) {
        int n = y.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        double[] out = new double[n];
        for (int f = 0; f < k; f++) {
            int from = f * n / k;
            int to = (f + 1) * n / k;
            double[][] tx = new double[n - (to - from)][];
            double[] ty = new double[tx.length];
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (i < from || i >= to) {
                    tx[m] = x[order[i]];
                    ty[m++] = y[order[i]];
                }
            }
            double[] w = fit(tx, ty, lambda);
            for (int i = from; i < to; i++) {
                out[order[i]] = predict(w, x[order[i]]);
            }
        }
        return out;
    }

    private static double[] row(double[] x) {
        double[] r = new double[x.length + 1];
        System.arraycopy(x, 0, r, 0, x.length);
        r[x.length] = 1;
        return r;
    }

    /** Gauss-Jordan elimination with partial pivoting of an augmented matrix. */
    private static double[] solve(double[][] a) {
        int p = a.length;
        for (int c = 0; c < p; c++) {
            int best = c;
            for (int r = c + 1; r < p; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[best][c])) {
                    best = r;
                }
            }
            double[] t = a[c];
            a[c] = a[best];
            a[best] = t;
            if (Math.abs(a[c][c]) < 1e-12) {
                throw new IllegalArgumentException("singular system: a feature is constant or collinear");
            }
            for (int r = 0; r < p; r++) {
                if (r != c) {
                    double f = a[r][c] / a[c][c];
                    for (int k = c; k <= p; k++) {
                        a[r][k] -= f * a[c][k];
                    }
                }
            }
        }
        double[] w = new double[p];
        for (int i = 0; i < p; i++) {
            w[i] = a[i][p] / a[i][i];
        }
        return w;
    }
}
