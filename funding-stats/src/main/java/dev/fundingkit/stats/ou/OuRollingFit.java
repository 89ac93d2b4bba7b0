package dev.fundingkit.stats.ou;

import dev.fundingkit.core.ArgChecks;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The closed-form OU fit over every window of {@code window} consecutive observations of a
 * regularly spaced series, for stability checks (regime changes make a single fit overstate
 * persistence). Window {@code w} covers observations {@code w .. w + window − 1}.
 *
 * <p>Cost: O(n) for the whole series. The centred co-moments slide in O(1) per window
 * (Welford add and remove) and are recomputed exactly every {@code window} steps, so
 * rounding cannot drift; the computation allocates only the result arrays.
 *
 * <p>Each window gets what {@link OuFitter#defaults()} would give for φ, θ̂, θ̃ (Tang–Chen),
 * μ̂, σ̂, the half-life, the Dickey–Fuller τ and the verdict (intervals are left out). Absent
 * values follow {@link OuFit}; a window without noise (for example funding pinned at the
 * interest rate throughout) has no φ or τ and is {@link OuVerdict#INSUFFICIENT_DATA}.
 *
 * <p>Immutable and thread-safe.
 */
public final class OuRollingFit {

  private static final double LN2 = Math.log(2);

  private final int window;
  private final Duration timeUnit;
  private final double hoursPerUnit;
  private final double[] phi;
  private final double[] thetaMle;
  private final double[] theta;
  private final double[] mu;
  private final double[] sigma;
  private final double[] tau;
  private final OuVerdict[] verdict;

  private OuRollingFit(int window, Duration timeUnit, int windows) {
    this.window = window;
    this.timeUnit = timeUnit;
    this.hoursPerUnit = SeriesTimes.unitNanos(timeUnit) / 3.6e12;
    phi = new double[windows];
    thetaMle = new double[windows];
    theta = new double[windows];
    mu = new double[windows];
    sigma = new double[windows];
    tau = new double[windows];
    verdict = new OuVerdict[windows];
  }

  /**
   * Fits every window, θ per hour.
   *
   * @param values the series at a regular step, finite
   * @param step the step, positive
   * @param window observations per window, at least 5 and at most {@code values.length}
   * @return the fits
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException on a non-finite value, a non-positive step or a bad window
   */
  public static OuRollingFit over(double[] values, Duration step, int window) {
    return over(values, step, window, Duration.ofHours(1));
  }

  /**
   * Fits every window with θ per {@code timeUnit}.
   *
   * @param values the series at a regular step, finite
   * @param step the step, positive
   * @param window observations per window, at least 5 and at most {@code values.length}
   * @param timeUnit the unit of θ and σ, positive
   * @return the fits
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException on a non-finite value, a non-positive step or unit, or a
   *     bad window
   */
  public static OuRollingFit over(double[] values, Duration step, int window,
      Duration timeUnit) {
    ArgChecks.allFinite("values", values);
    ArgChecks.positive("step", step);
    ArgChecks.positive("timeUnit", timeUnit);
    if (window < 5 || window > values.length) {
      throw new IllegalArgumentException("window must be in [5, values.length="
          + values.length + "], was " + window);
    }
    double dt = SeriesTimes.unitNanos(step) / SeriesTimes.unitNanos(timeUnit);
    OuRollingFit out = new OuRollingFit(window, timeUnit, values.length - window + 1);
    out.compute(values, dt);
    return out;
  }

  private void compute(double[] x, double dt) {
    PairMoments m = new PairMoments();
    int pairs = window - 1;
    // moves among the regressors x[w..end−1]; none means Szz is exactly 0, which sliding sums
    // would only approximate
    int moves = 0;
    for (int i = 1; i < window - 1; i++) {
      moves += x[i] != x[i - 1] ? 1 : 0;
    }
    for (int w = 0; w < verdict.length; w++) {
      int end = w + window - 1;
      if (w > 0) {
        moves += (x[end - 1] != x[end - 2] ? 1 : 0) - (x[w] != x[w - 1] ? 1 : 0);
      }
      if (w % window == 0) {
        m.exact(x, w, end);
      } else {
        m.remove(x[w - 1], x[w]);
        m.add(x[end - 1], x[end]);
      }
      store(w, m, pairs, dt, moves > 0, x[end]);
    }
  }

  private void store(int w, PairMoments m, int n, double dt, boolean regressorMoves,
      double lastValue) {
    double rss = m.szz > 0 ? m.syy - m.szy * m.szy / m.szz : 0;
    double nan = Double.NaN;
    phi[w] = nan;
    thetaMle[w] = nan;
    theta[w] = nan;
    mu[w] = nan;
    sigma[w] = nan;
    tau[w] = nan;
    if (!regressorMoves || !(m.szz > 0) || !(rss > 1e-14 * m.syy)) {
      verdict[w] = OuVerdict.INSUFFICIENT_DATA;
      return;
    }
    double p = m.szy / m.szz;
    phi[w] = p;
    tau[w] = (p - 1) / Math.sqrt(rss / (n - 2) / m.szz);
    MleEstimate.Status status = p >= 1 ? MleEstimate.Status.UNIT_ROOT
        : p <= 0 ? MleEstimate.Status.TOO_FAST : MleEstimate.Status.INTERIOR;
    double span = n * dt;
    if (status == MleEstimate.Status.INTERIOR) {
      double th = -Math.log(p) / dt;
      thetaMle[w] = th;
      double corrected = OuFitter.tangChen(th, dt, span, n);
      theta[w] = corrected > 0 ? corrected : nan;
      mu[w] = (m.yMean - p * m.zMean) / (1 - p);
      sigma[w] = Math.sqrt(2 * th * (rss / n) / (1 - p * p));
    }
    boolean unbounded = p - Math.sqrt(rss * Math.expm1(MleEstimate.CHI2_95 / n) / m.szz) <= 0;
    verdict[w] = OuFit.judge(n, status, theta[w], span,
        tau[w] < DickeyFuller.critical5(n), unbounded);
    if (verdict[w] == OuVerdict.NOT_IDENTIFIED) {
      // as OuFit: no default θ, and μ is the window's sample mean (treated as i.i.d.)
      theta[w] = nan;
      mu[w] = (m.zMean * n + lastValue) / (n + 1);
    }
  }

  /**
   * How many windows were fitted.
   *
   * @return {@code values.length − window + 1}
   */
  public int windows() {
    return verdict.length;
  }

  /**
   * Observations per window.
   *
   * @return the window length
   */
  public int window() {
    return window;
  }

  /**
   * The unit of θ and σ.
   *
   * @return the time unit
   */
  public Duration timeUnit() {
    return timeUnit;
  }

  /**
   * The index of a window's last observation.
   *
   * @param w the window, {@code 0 <= w < windows()}
   * @return {@code w + window − 1}
   * @throws IndexOutOfBoundsException if {@code w} is out of range
   */
  public int endIndex(int w) {
    Objects.checkIndex(w, verdict.length);
    return w + window - 1;
  }

  /**
   * A window's verdict.
   *
   * @param w the window
   * @return the verdict
   * @throws IndexOutOfBoundsException if {@code w} is out of range
   */
  public OuVerdict verdict(int w) {
    return verdict[w];
  }

  /**
   * A window's least-squares φ̂.
   *
   * @param w the window
   * @return φ̂, or empty for a window without noise
   * @throws IndexOutOfBoundsException if {@code w} is out of range
   */
  public OptionalDouble phi(int w) {
    return opt(phi[w]);
  }

  /**
   * A window's raw MLE θ̂ per time unit.
   *
   * @param w the window
   * @return θ̂, or empty unless {@code 0 < φ̂ < 1}
   * @throws IndexOutOfBoundsException if {@code w} is out of range
   */
  public OptionalDouble thetaMle(int w) {
    return opt(thetaMle[w]);
  }

  /**
   * A window's Tang–Chen θ̃ per time unit.
   *
   * @param w the window
   * @return θ̃, or empty when θ̂ does not exist or the correction leaves no positive value
   * @throws IndexOutOfBoundsException if {@code w} is out of range
   */
  public OptionalDouble theta(int w) {
    return opt(theta[w]);
  }

  /**
   * A window's μ̂.
   *
   * @param w the window
   * @return μ̂, or empty unless {@code 0 < φ̂ < 1}
   * @throws IndexOutOfBoundsException if {@code w} is out of range
   */
  public OptionalDouble mu(int w) {
    return opt(mu[w]);
  }

  /**
   * A window's σ̂ per √time unit.
   *
   * @param w the window
   * @return σ̂, or empty unless {@code 0 < φ̂ < 1}
   * @throws IndexOutOfBoundsException if {@code w} is out of range
   */
  public OptionalDouble sigma(int w) {
    return opt(sigma[w]);
  }

  /**
   * A window's half-life {@code ln 2/θ̃} in hours.
   *
   * @param w the window
   * @return the half-life, or empty when θ̃ does not exist
   * @throws IndexOutOfBoundsException if {@code w} is out of range
   */
  public OptionalDouble halfLifeHours(int w) {
    return opt(LN2 / theta[w] * hoursPerUnit);
  }

  /**
   * A window's Dickey–Fuller τ (no lags).
   *
   * @param w the window
   * @return τ, or empty for a window without noise
   * @throws IndexOutOfBoundsException if {@code w} is out of range
   */
  public OptionalDouble adfTau(int w) {
    return opt(tau[w]);
  }

  /**
   * Every window's half-life in hours, with a marker of the caller's choice where it does not
   * exist (one array allocation).
   *
   * @param absent the value written for windows without a half-life (e.g. 0 or NaN)
   * @return one half-life per window
   */
  public double[] halfLifeHoursSeries(double absent) {
    double[] out = new double[theta.length];
    for (int w = 0; w < out.length; w++) {
      out[w] = theta[w] > 0 ? LN2 / theta[w] * hoursPerUnit : absent;
    }
    return out;
  }

  /**
   * Every window's θ̃, with a marker of the caller's choice where it does not exist.
   *
   * @param absent the value written for windows without θ̃
   * @return one θ̃ per window
   */
  public double[] thetaSeries(double absent) {
    return filled(theta, absent);
  }

  /**
   * Every window's μ̂, with a marker of the caller's choice where it does not exist.
   *
   * @param absent the value written for windows without μ̂
   * @return one μ̂ per window
   */
  public double[] muSeries(double absent) {
    return filled(mu, absent);
  }

  /**
   * Every window's verdict.
   *
   * @return a copy of the verdicts, one per window
   */
  public OuVerdict[] verdicts() {
    return verdict.clone();
  }

  private static double[] filled(double[] a, double absent) {
    double[] out = Arrays.copyOf(a, a.length);
    for (int i = 0; i < out.length; i++) {
      if (Double.isNaN(out[i])) {
        out[i] = absent;
      }
    }
    return out;
  }

  private static OptionalDouble opt(double v) {
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }
}
