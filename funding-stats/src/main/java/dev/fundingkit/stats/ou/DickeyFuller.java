package dev.fundingkit.stats.ou;

import dev.fundingkit.core.ArgChecks;
import java.util.Objects;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * The (augmented) Dickey–Fuller unit-root test with a constant and no trend, and MacKinnon's
 * (2010) finite-sample critical values.
 *
 * <p>Regression: {@code Δx[t] = α + γ·x[t−1] + Σ_{j=1..p} δ_j·Δx[t−j] + e[t]}, statistic
 * {@code τ = γ̂ / se(γ̂)} with the OLS standard error (divisor {@code T − k}). With {@code p = 0}
 * it equals {@code (φ̂ − 1) / se(φ̂)} from the AR(1) regression. A unit root is rejected at a
 * level when {@code τ} is below that level's critical value.
 *
 * <p>Critical values: MacKinnon, J.G. (2010), <i>Critical values for cointegration tests</i>,
 * Queen's Economics Department WP 1227, response surface for N = 1 with a constant:
 * {@code crit(T) = β∞ + β₁/T + β₂/T² + β₃/T³} with T the number of regression observations;
 * 1%: (−3.43035, −6.5393, −16.786, −79.433), 5%: (−2.86154, −2.8903, −4.234, −40.040),
 * 10%: (−2.56677, −1.5384, −2.809, 0). These are statsmodels' {@code tau_c_2010}, and the
 * statistic and critical values equal statsmodels {@code adfuller(x, regression="c")}.
 *
 * <p>On irregularly spaced data the test runs on consecutive observations and is only
 * indicative.
 *
 * <p>Immutable and thread-safe.
 *
 * @param tau the test statistic τ, finite
 * @param lags the number of lagged differences p, {@code >= 0}
 * @param observations the number of regression observations T, {@code >= 4}
 * @param critical1 the 1% critical value at T
 * @param critical5 the 5% critical value at T
 * @param critical10 the 10% critical value at T
 */
public record DickeyFuller(
    double tau, int lags, int observations, double critical1, double critical5,
    double critical10) implements java.io.Serializable {

  private static final double[] C1 = {-3.43035, -6.5393, -16.786, -79.433};
  private static final double[] C5 = {-2.86154, -2.8903, -4.234, -40.040};
  private static final double[] C10 = {-2.56677, -1.5384, -2.809, 0.0};

  /**
   * Validates the components.
   *
   * @param tau the test statistic τ, finite
   * @param lags the number of lagged differences p, {@code >= 0}
   * @param observations the number of regression observations T, {@code >= 4}
   * @param critical1 the 1% critical value at T, finite
   * @param critical5 the 5% critical value at T, finite
   * @param critical10 the 10% critical value at T, finite
   * @throws IllegalArgumentException naming the first bad component and its value
   */
  public DickeyFuller {
    tau = ArgChecks.finite("tau", tau);
    if (lags < 0) {
      throw new IllegalArgumentException("lags must be >= 0, was " + lags);
    }
    if (observations < 4) {
      throw new IllegalArgumentException("observations must be >= 4, was " + observations);
    }
    critical1 = ArgChecks.finite("critical1", critical1);
    critical5 = ArgChecks.finite("critical5", critical5);
    critical10 = ArgChecks.finite("critical10", critical10);
  }

  /**
   * The Dickey–Fuller test without lagged differences.
   *
   * @param values the series in time order, at least 5 finite values, not constant
   * @return the test
   * @throws NullPointerException if {@code values} is null
   * @throws IllegalArgumentException if a value is not finite
   * @throws IllegalStateException if there are fewer than 5 values or no variation
   */
  public static DickeyFuller of(double[] values) {
    checked(values);
    return ofSums(Ar1Sums.of(values));
  }

  /**
   * The augmented test with the number of lagged differences chosen by AIC from 0 to
   * {@code ⌈12·(N/100)^¼⌉} (capped at {@code N/2 − 2}), all candidates fitted on the same
   * sample, then the chosen one refitted on the longest sample (statsmodels
   * {@code adfuller(autolag="AIC")}).
   *
   * @param values the series in time order, at least 5 finite values, not constant
   * @return the test with the chosen lags
   * @throws NullPointerException if {@code values} is null
   * @throws IllegalArgumentException if a value is not finite
   * @throws IllegalStateException if there are fewer than 5 values or no variation
   */
  public static DickeyFuller withLagsByAic(double[] values) {
    checked(values);
    int nobs = values.length;
    int maxLag = Math.min(nobs / 2 - 2, (int) Math.ceil(12.0 * Math.pow(nobs / 100.0, 0.25)));
    // PIT: equivalent mutant (changed conditional boundary): at maxLag 0 the loop tries only p = 0,
    // so the same plain test results
    if (maxLag <= 0) {
      return ofSums(Ar1Sums.of(values));
    }
    int best = 0;
    double bestAic = Double.POSITIVE_INFINITY;
    for (int p = 0; p <= maxLag; p++) {
      double[] fit = regress(values, p, maxLag);
      if (fit[2] < bestAic) {
        bestAic = fit[2];
        best = p;
      }
    }
    if (best == 0) {
      return ofSums(Ar1Sums.of(values));
    }
    double[] fit = regress(values, best, best);
    int t = nobs - 1 - best;
    return new DickeyFuller(fit[0], best, t, critical(C1, t), critical(C5, t),
        critical(C10, t));
  }

  /**
   * MacKinnon (2010) critical values for T regression observations.
   *
   * @param observations T, {@code >= 1}
   * @return the 1%, 5% and 10% critical values, in that order
   * @throws IllegalArgumentException if {@code observations < 1}
   */
  public static double[] criticalValues(int observations) {
    if (observations < 1) {
      throw new IllegalArgumentException("observations must be >= 1, was " + observations);
    }
    return new double[] {
        critical(C1, observations), critical(C5, observations), critical(C10, observations)};
  }

  /**
   * Whether a unit root is rejected at the 5% level ({@code τ < critical5}).
   *
   * @return true if the series looks stationary at 5%
   */
  public boolean rejectsUnitRootAt5Percent() {
    return tau < critical5;
  }

  static DickeyFuller ofSums(Ar1Sums s) {
    double tau = (s.phi() - 1) / s.olsSePhi();
    return new DickeyFuller(tau, 0, s.n, critical(C1, s.n), critical(C5, s.n),
        critical(C10, s.n));
  }

  private static void checked(double[] values) {
    ArgChecks.allFinite("values", Objects.requireNonNull(values, "values"));
    if (values.length < 5) {
      throw new IllegalStateException(
          "the Dickey-Fuller test needs at least 5 values, got " + values.length);
    }
    if (!(Ar1Sums.of(values).szz > 0)) {
      throw new IllegalStateException("values are constant: no unit-root test is possible");
    }
  }

  /** The 5% critical value at T observations, without allocating. */
  static double critical5(int observations) {
    return critical(C5, observations);
  }

  private static double critical(double[] b, int t) {
    double inv = 1.0 / t;
    return b[0] + inv * (b[1] + inv * (b[2] + inv * b[3]));
  }

  /** Δx[t] on (1, x[t−1], Δx[t−1..t−p]) over the sample that a lag of maxLag leaves. */
  private static double[] regress(double[] x, int p, int maxLag) {
    int rows = x.length - 1 - maxLag;
    double[] y = new double[rows];
    double[][] design = new double[rows][p + 1];
    for (int r = 0; r < rows; r++) {
      int t = maxLag + r; // Δx[t] = x[t+1] − x[t]
      y[r] = x[t + 1] - x[t];
      design[r][0] = x[t];
      for (int j = 1; j <= p; j++) {
        design[r][j] = x[t + 1 - j] - x[t - j];
      }
    }
    OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
    ols.newSampleData(y, design);
    double gamma = ols.estimateRegressionParameters()[1];
    double se = ols.estimateRegressionParametersStandardErrors()[1];
    double ssr = ols.calculateResidualSumOfSquares();
    // PIT: equivalent mutant (integer addition to subtraction): k shifts every candidate's AIC by
    // the same 8, so the argmin is unchanged
    int k = p + 2;
    double llf = -rows / 2.0 * (Math.log(2 * Math.PI) + Math.log(ssr / rows) + 1);
    return new double[] {gamma / se, se, -2 * llf + 2 * k};
  }
}
