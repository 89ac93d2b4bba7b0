package dev.fundingkit.stats.ou;

import dev.fundingkit.core.series.FundingSeries;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Is one OU enough? Under an OU the lag-k autocorrelation is {@code e^(−θkΔ)}, so the θ it
 * implies, {@code −ln ρ̂(k)/(kΔ)}, is the same at every lag. Real funding is not like that
 * (BTCUSDT 2020–2026: the implied θ falls 4–5× between 8 h and 96 h), which a second, slower
 * component explains ({@link TwoTimescaleFitter}).
 *
 * <p>For each lag the check gives the implied θ and its 95% band under the fitted OU: with
 * {@code φ = e^(−θ̃Δ)}, Bartlett's variance of the AR(1) sample autocorrelation
 * {@code v(k) = [(1 + φ²)(1 − φ^(2k))/(1 − φ²) − 2kφ^(2k)]/n}, the band of ρ̂(k) is
 * {@code φ^k ± 1.96√v(k)}, mapped through {@code −ln(·)/(kΔ)}.
 *
 * <p>Lags are in steps of the series' median spacing Δ and autocorrelations use index lags:
 * exact for regular data, approximate across gaps. Immutable.
 */
public final class ModelAdequacy implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final double Z975 = 1.959963984540054;

  private final List<LagCheck> checks;

  private ModelAdequacy(List<LagCheck> checks) {
    this.checks = checks;
  }

  /**
   * Checks a fit at lags of 1, 2, 3, 6 and 12 steps.
   *
   * @param series the series that was fitted
   * @param fit its fit (θ̃ per hour and the rates' interval are taken from it)
   * @return the check, or empty when the fit has no θ̃ or the series fewer than 30 points
   * @throws NullPointerException if an argument is null
   */
  public static Optional<ModelAdequacy> of(FundingSeries series, OuFit fit) {
    return of(series, fit, new int[] {1, 2, 3, 6, 12});
  }

  /**
   * Checks a fit at the given lags.
   *
   * @param series the series that was fitted
   * @param fit its fit
   * @param lagSteps lags in steps, each positive and below a tenth of the series length
   * @return the check, or empty when the fit has no θ̃ or the series fewer than 30 points
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a lag is out of range
   */
  public static Optional<ModelAdequacy> of(FundingSeries series, OuFit fit, int[] lagSteps) {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(fit, "fit");
    Objects.requireNonNull(lagSteps, "lagSteps");
    int n = series.size();
    if (n < 30 || fit.theta().isEmpty()) {
      return Optional.empty();
    }
    for (int k : lagSteps) {
      if (k < 1 || k > n / 10) {
        throw new IllegalArgumentException("lags must be in [1, " + n / 10 + "], was " + k);
      }
    }
    double hoursPerUnit = SeriesTimes.unitNanos(fit.timeUnit()) / 3.6e12;
    double theta = fit.theta().getAsDouble() / hoursPerUnit;
    double[] x = series.valuesPer(fit.rateInterval());
    long[] steps = new long[n - 1];
    for (int i = 1; i < n; i++) {
      steps[i - 1] = series.epochMilli(i) - series.epochMilli(i - 1);
    }
    Arrays.sort(steps);
    double stepHours = steps[steps.length / 2] / 3.6e6;
    double mean = 0;
    for (double v : x) {
      mean += v;
    }
    mean /= n;
    double c0 = 0;
    for (double v : x) {
      // PIT: equivalent mutant (subtraction→addition, either factor): Σ(v+m)(v−m) = Σv² − n·m²
      // = Σ(v−m)² because m is the mean (up to rounding)
      c0 += (v - mean) * (v - mean);
    }
    double phi = Math.exp(-theta * stepHours);
    List<LagCheck> out = new ArrayList<>();
    for (int k : lagSteps) {
      double ck = 0;
      for (int i = k; i < n; i++) {
        ck += (x[i] - mean) * (x[i - k] - mean);
      }
      double rho = ck / c0;
      double lagHours = k * stepHours;
      OptionalDouble implied = rho > 0 ? OptionalDouble.of(-Math.log(rho) / lagHours)
          : OptionalDouble.empty();
      double p2k = Math.pow(phi, 2 * k);
      double v = ((1 + phi * phi) * (1 - p2k) / (1 - phi * phi) - 2 * k * p2k) / n;
      double half = Z975 * Math.sqrt(Math.max(0, v));
      double rk = Math.pow(phi, k);
      double hiRho = rk + half;
      double loRho = rk - half;
      // PIT: equivalent mutant (boundary): at hiRho = 1 the else gives -0.0, which
      // ConfidenceInterval normalises to 0
      double lower = hiRho >= 1 ? 0 : -Math.log(hiRho) / lagHours;
      // PIT: equivalent mutant (boundary): at loRho = 0 the else gives -log(0) = +inf too
      double upper = loRho <= 0 ? Double.POSITIVE_INFINITY : -Math.log(loRho) / lagHours;
      out.add(new LagCheck(Duration.ofMillis(Math.round(lagHours * 3.6e6)), implied,
          new ConfidenceInterval(lower, upper)));
    }
    return Optional.of(new ModelAdequacy(Collections.unmodifiableList(out)));
  }

  /**
   * The checks, one per lag, in the order asked.
   *
   * @return an unmodifiable list
   */
  public List<LagCheck> checks() {
    return checks;
  }

  /**
   * Whether every lag's implied θ lies in its band under the fitted OU.
   *
   * @return true when one OU fits the lag structure
   */
  public boolean adequate() {
    return checks.stream().allMatch(LagCheck::consistent);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ModelAdequacy && checks.equals(((ModelAdequacy) obj).checks);
  }

  @Override
  public int hashCode() {
    return checks.hashCode();
  }

  /**
   * The checks in words.
   *
   * @return e.g. {@code ModelAdequacy[adequate=false, checks=[...]]}
   */
  @Override
  public String toString() {
    return "ModelAdequacy[adequate=" + adequate() + ", checks=" + checks + "]";
  }

  // Written through a proxy: the checks are already serializable records, and reading rebuilds
  // the unmodifiable list of() builds, refusing null checks.
  private Object writeReplace() {
    return new Proxy(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("ModelAdequacy is read through its serialization proxy");
  }

  /** The serial form of a model check: its lag checks in order. */
  private static final class Proxy implements Serializable {
    private static final long serialVersionUID = 1L;
    private final LagCheck[] checks;

    Proxy(ModelAdequacy m) {
      checks = m.checks.toArray(new LagCheck[0]);
    }

    private Object readResolve() throws InvalidObjectException {
      if (checks == null || Arrays.asList(checks).contains(null)) {
        throw new InvalidObjectException("a model check needs its lag checks, got "
            + (checks == null ? null : Arrays.toString(checks)));
      }
      return new ModelAdequacy(Collections.unmodifiableList(new ArrayList<>(
          Arrays.asList(checks))));
    }
  }
}
