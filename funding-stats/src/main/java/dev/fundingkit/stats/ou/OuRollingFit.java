package dev.fundingkit.stats.ou;

import dev.fundingkit.core.ArgChecks;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The closed-form OU fit over every window of {@code window} consecutive observations of a
 * regularly spaced series, for stability checks (regime changes make a single fit overstate
 * persistence). Window {@code w} covers observations {@code w .. w + window − 1}.
 *
 * <p>Cost: O(n) for the whole series. Sums about a pivot slide in O(1) per window (adds
 * only) and are recomputed exactly about the window's mean every {@code window} steps, so
 * rounding cannot drift; the
 * computation allocates only the result arrays. Four figures are stored per window (φ̂, the
 * residual sum of squares, Σ(z − z̄)² and μ̂); everything else is derived from them when
 * read: the verdict by comparisons only (the Dickey–Fuller and interval tests squared, the
 * span test as a φ range found once for the window length), and θ̂, θ̃, σ̂, τ and the
 * half-life with one {@code log} each. No logarithm or exponential is taken per window
 * while fitting.
 *
 * <p>Each window gets what {@link OuFitter#defaults()} would give for φ, θ̂, θ̃ (Tang–Chen),
 * μ̂, σ̂, the half-life, the Dickey–Fuller τ and the verdict (intervals are left out). Absent
 * values follow {@link OuFit}; a window without noise (for example funding pinned at the
 * interest rate throughout) has no φ or τ and is {@link OuVerdict#INSUFFICIENT_DATA}.
 *
 * <p>Immutable and thread-safe.
 */
public final class OuRollingFit implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final double LN2 = Math.log(2);

  private final int window;
  private final Duration timeUnit;
  private final double hoursPerUnit;
  /** Step in time units. */
  private final double dt;
  /** Transitions per window. */
  private final int pairs;
  private final double[] phi;
  /** The window's residual sum of squares at φ̂ (NaN where φ̂ is absent). */
  private final double[] rss;
  /** The window's Σ(z − z̄)². */
  private final double[] szz;
  private final double[] mu;
  // The tests of OuFit.judge as constants of the window length, shared by the fit (which
  // needs the interval test for μ̂) and the verdicts derived when read.
  /** {@code expm1(χ²₁(95%)/n)}: the profile interval's factor. */
  private final double chiK;
  /** The Dickey–Fuller 5% critical value for n transitions. */
  private final double c5;
  /** {@code c5²/(n − 2)}. */
  private final double c5sq;
  /** {@link #spanRange}: the φ̂ range passing the span test. */
  private final double[] spanOk;

  private OuRollingFit(int window, Duration timeUnit, double dt, int windows) {
    this.window = window;
    this.timeUnit = timeUnit;
    this.hoursPerUnit = SeriesTimes.unitNanos(timeUnit) / 3.6e12;
    this.dt = dt;
    this.pairs = window - 1;
    int n = pairs;
    chiK = Math.expm1(MleEstimate.CHI2_95 / n);
    c5 = DickeyFuller.critical5(n);
    c5sq = c5 * c5 / (n - 2);
    spanOk = spanRange(n, dt);
    phi = new double[windows];
    rss = new double[windows];
    szz = new double[windows];
    mu = new double[windows];
  }

  /**
   * Fits every window, θ per hour.
   *
   * @param values the series at a regular step, finite rates per {@code step} (see
   *     {@link #rateInterval()})
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
   * @param values the series at a regular step, finite rates per {@code step} (see
   *     {@link #rateInterval()})
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
    OuRollingFit out = new OuRollingFit(window, timeUnit, dt, values.length - window + 1);
    out.compute(values, dt);
    return out;
  }

  private void compute(double[] x, double dt) {
    // moves among the regressors x[w..end−1]; none means Szz is exactly 0, which sliding sums
    // would only approximate
    int moves = 0;
    for (int i = 1; i < window - 1; i++) {
      moves += x[i] != x[i - 1] ? 1 : 0;
    }
    // Sums of z − p and y − p about a pivot p, slid by adds only (independent add chains, no
    // loop-carried division), and recomputed from the window with a fresh pivot (its mean)
    // every `window` steps so neither rounding nor a drifting level can build up. Each block
    // of `window` windows is one call: called n/window times per fit, the block's loop is
    // compiled as a method of its own rather than only on-stack-replaced in one long loop
    // (which left the fit's speed to where the JIT happened to enter it).
    double[] sums = new double[6];
    for (int w0 = 0; w0 < phi.length; w0 += window) {
      exactSums(x, w0, sums);
      moves = slideBlock(x, w0, Math.min(phi.length, w0 + window), sums, moves);
    }
  }

  /** {pivot, Σz, Σy, Σzz, Σzy, Σyy} about the mean of window {@code w}, into {@code out}. */
  private void exactSums(double[] x, int w, double[] out) {
    int end = w + window - 1;
    double sum = 0;
    for (int i = w; i <= end; i++) {
      sum += x[i];
    }
    double p = sum / (end - w + 1);
    double sz = 0;
    double sy = 0;
    double szz = 0;
    double szy = 0;
    double syy = 0;
    for (int i = w + 1; i <= end; i++) {
      double z = x[i - 1] - p;
      double y = x[i] - p;
      sz += z;
      sy += y;
      szz += z * z;
      szy += z * y;
      syy += y * y;
    }
    out[0] = p;
    out[1] = sz;
    out[2] = sy;
    out[3] = szz;
    out[4] = szy;
    out[5] = syy;
  }

  /**
   * Fits windows {@code w0 .. w1 − 1}: {@code w0} from the exact {@code sums}, the rest slid
   * from it; returns the regressor move count of window {@code w1 − 1}.
   */
  private int slideBlock(double[] x, int w0, int w1, double[] sums, int moves) {
    double invN = 1.0 / pairs;
    double p = sums[0];
    double sz = sums[1];
    double sy = sums[2];
    double szz = sums[3];
    double szy = sums[4];
    double syy = sums[5];
    for (int w = w0; w < w1; w++) {
      int end = w + window - 1;
      if (w > 0) {
        moves += (x[end - 1] != x[end - 2] ? 1 : 0) - (x[w] != x[w - 1] ? 1 : 0);
      }
      if (w > w0) {
        double zo = x[w - 1] - p;
        double yo = x[w] - p;
        double zi = x[end - 1] - p;
        double yi = x[end] - p;
        sz += zi - zo;
        sy += yi - yo;
        szz += zi * zi - zo * zo;
        szy += zi * yi - zo * yo;
        syy += yi * yi - yo * yo;
      }
      double zMean = sz * invN;
      double yMean = sy * invN;
      store(w, szz - sz * zMean, szy - sz * yMean, syy - sy * yMean, p + zMean, p + yMean,
          moves > 0, x[end]);
    }
    return moves;
  }

  /**
   * The φ̂ range in which θ̃ > 0 and θ̃·T ≥ 5 ln 2 (OuFit.judge's span test), with θ̃·T =
   * −n·ln φ − (5 + 2/φ + 1/φ²)/2 rising then falling in φ: {lo, hi}, empty (lo > hi) when no φ
   * passes. Found once by bisection; windows within 1e-9 of an end are tested exactly.
   */
  static double[] spanRange(int n, double dt) {
    double peak = (1 + Math.sqrt(1 + 4.0 * n)) / (2.0 * n); // g'(φ) = 0
    if (peak >= 1 || !spanPasses(peak, n, dt)) {
      return new double[] {1, 0};
    }
    double a = 0;
    double b = peak;
    for (int i = 0; i < 200 && b - a > 1e-17; i++) {
      double c = 0.5 * (a + b);
      if (spanPasses(c, n, dt)) {
        b = c;
      } else {
        a = c;
      }
    }
    double lo = b;
    a = peak;
    b = 1;
    for (int i = 0; i < 200 && b - a > 1e-17; i++) {
      double c = 0.5 * (a + b);
      if (spanPasses(c, n, dt)) {
        a = c;
      } else {
        b = c;
      }
    }
    return new double[] {lo, a};
  }

  /** The span test exactly as the batch fit computes it. */
  static boolean spanPasses(double p, int n, double dt) {
    double th = -Math.log(p) / dt;
    double span = n * dt;
    double corrected = OuFitter.tangChen(th, dt, span, n);
    return corrected > 0 && !(corrected * span < 5 * LN2);
  }

  private void store(int w, double sz, double szy, double syy, double zMean, double yMean,
      boolean regressorMoves, double lastValue) {
    int n = pairs;
    double p = szy / sz;
    double r = sz > 0 ? syy - szy * p : 0;
    if (!regressorMoves || !(sz > 0) || !(r > 1e-14 * syy)) {
      phi[w] = Double.NaN;  // no φ̂: the verdict read is INSUFFICIENT_DATA
      rss[w] = Double.NaN;
      szz[w] = Double.NaN;
      mu[w] = Double.NaN;
      return;
    }
    phi[w] = p;
    rss[w] = r;
    szz[w] = sz;
    double meanMu;
    // Only μ̂ depends on the verdict: as OuFit, a NOT_IDENTIFIED window (n ≥ 30, φ̂ < 1 and
    // φ̂ ≤ 0 or an interval reaching 0) has no default θ, and its μ is the window's sample
    // mean (treated as i.i.d.); see judge for the whole verdict.
    if (p > 0 && p < 1) {
      meanMu = n >= 30 && unbounded(p, sz, r, chiK) ? (zMean * n + lastValue) / (n + 1)
          : (yMean - p * zMean) / (1 - p);
    } else {
      meanMu = n >= 30 && p <= 0 ? (zMean * n + lastValue) / (n + 1) : Double.NaN;
    }
    mu[w] = meanMu;
  }

  /** The verdict of a window with φ̂ {@code p}, Σ(z − z̄)² {@code sz} and rss {@code r}. */
  private OuVerdict judge(double p, double sz, double r) {
    int n = pairs;
    if (Double.isNaN(p) || n < 30) {
      return OuVerdict.INSUFFICIENT_DATA;
    } else if (p >= 1) {
      return OuVerdict.NO_MEAN_REVERSION;
    } else if (p <= 0 || unbounded(p, sz, r, chiK)) {
      return OuVerdict.NOT_IDENTIFIED;
    } else if (!rejected(p, sz, r, n, c5, c5sq)) {
      return OuVerdict.UNIT_ROOT_NOT_REJECTED;
    }
    return spanVerdict(p, n, spanOk);
  }

  /**
   * Whether the profile interval's lower φ end {@code p − √(rss·K/Szz)} reaches 0, as
   * {@code p²·Szz ≤ rss·K}; within 1e-9 of equality it is computed as the batch fit does.
   */
  private static boolean unbounded(double p, double sz, double r, double chiK) {
    double lhs = p * p * sz;
    double rhs = r * chiK;
    if (Math.abs(lhs - rhs) <= 1e-9 * rhs) {
      return p - Math.sqrt(r * chiK / sz) <= 0;
    }
    return lhs <= rhs;
  }

  /**
   * Whether τ = (p − 1)/√(rss/((n − 2)Szz)) is below the (negative) 5% critical value, as
   * {@code (1 − p)²·Szz > c5²/(n − 2)·rss} for p &lt; 1; within 1e-9 of equality as the batch
   * fit does.
   */
  private static boolean rejected(double p, double sz, double r, int n, double c5,
      double c5sq) {
    double lhs = (1 - p) * (1 - p) * sz;
    double rhs = c5sq * r;
    if (!(c5 < 0) || Math.abs(lhs - rhs) <= 1e-9 * rhs) {
      return (p - 1) / Math.sqrt(r / (n - 2) / sz) < c5;
    }
    return lhs > rhs;
  }

  private OuVerdict spanVerdict(double p, int n, double[] spanOk) {
    boolean inside = p >= spanOk[0] && p <= spanOk[1];
    boolean nearEdge = Math.abs(p - spanOk[0]) <= 1e-9 * p || Math.abs(p - spanOk[1]) <= 1e-9 * p;
    boolean passes = nearEdge ? spanPasses(p, n, dt) : inside;
    return passes ? OuVerdict.MEAN_REVERTING : OuVerdict.INSUFFICIENT_DATA;
  }

  private double thetaMleAt(int w) {
    double p = phi[w];
    return p > 0 && p < 1 ? -Math.log(p) / dt : Double.NaN;
  }

  private double thetaAt(int w) {
    double th = thetaMleAt(w);
    // 0 < φ̂ < 1 here, so the window is NOT_IDENTIFIED exactly when its interval reaches 0
    if (Double.isNaN(th) || pairs >= 30 && unbounded(phi[w], szz[w], rss[w], chiK)) {
      return Double.NaN;
    }
    double corrected = OuFitter.tangChen(th, dt, pairs * dt, pairs);
    return corrected > 0 ? corrected : Double.NaN;
  }

  /**
   * How many windows were fitted.
   *
   * @return {@code values.length − window + 1}
   */
  public int windows() {
    return phi.length;
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
   * The interval of the rates in this fit: {@link #mu(int)}, {@link #muSeries(double)} and the
   * level in {@link #sigma(int)} are rates per this interval. The array overloads of
   * {@code over} read their values as rates per {@code step} (one settlement per step, each a
   * rate over its own interval, as a venue's settled series is), so this is the step. Values in
   * another unit must be rescaled to the step's interval first; {@link OuFitter#rolling} fits a
   * {@code FundingSeries} and keeps its intervals itself.
   *
   * @return the step, as the interval of every rate this fit returns
   */
  public Duration rateInterval() {
    // dt is step / timeUnit; the product recovers the step to well under a nanosecond.
    return Duration.ofNanos(Math.round(dt * SeriesTimes.unitNanos(timeUnit)));
  }

  /**
   * The index of a window's last observation.
   *
   * @param w the window, {@code 0 <= w < windows()}
   * @return {@code w + window − 1}
   * @throws IndexOutOfBoundsException if {@code w} is out of range
   */
  public int endIndex(int w) {
    Objects.checkIndex(w, phi.length);
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
    return judge(phi[w], szz[w], rss[w]);
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
    Objects.checkIndex(w, phi.length);
    return opt(thetaMleAt(w));
  }

  /**
   * A window's Tang–Chen θ̃ per time unit.
   *
   * @param w the window
   * @return θ̃, or empty when θ̂ does not exist or the correction leaves no positive value
   * @throws IndexOutOfBoundsException if {@code w} is out of range
   */
  public OptionalDouble theta(int w) {
    Objects.checkIndex(w, phi.length);
    return opt(thetaAt(w));
  }

  /**
   * A window's μ̂, a rate per {@link #rateInterval()}.
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
    double th = thetaMleAt(w);
    double p = phi[w];
    return opt(Double.isNaN(th) ? Double.NaN
        : Math.sqrt(2 * th * (rss[w] / pairs) / (1 - p * p)));
  }

  /**
   * A window's half-life {@code ln 2/θ̃} in hours.
   *
   * @param w the window
   * @return the half-life, or empty when θ̃ does not exist
   * @throws IndexOutOfBoundsException if {@code w} is out of range
   */
  public OptionalDouble halfLifeHours(int w) {
    Objects.checkIndex(w, phi.length);
    return opt(LN2 / thetaAt(w) * hoursPerUnit);
  }

  /**
   * A window's Dickey–Fuller τ (no lags).
   *
   * @param w the window
   * @return τ, or empty for a window without noise
   * @throws IndexOutOfBoundsException if {@code w} is out of range
   */
  public OptionalDouble adfTau(int w) {
    double p = phi[w];
    return opt(Double.isNaN(p) ? Double.NaN
        : (p - 1) / Math.sqrt(rss[w] / (pairs - 2) / szz[w]));
  }

  /**
   * Every window's half-life in hours, with a marker of the caller's choice where it does not
   * exist (one array allocation).
   *
   * @param absent the value written for windows without a half-life (e.g. 0 or NaN)
   * @return one half-life per window
   */
  public double[] halfLifeHoursSeries(double absent) {
    double[] out = new double[phi.length];
    for (int w = 0; w < out.length; w++) {
      double th = thetaAt(w);
      out[w] = th > 0 ? LN2 / th * hoursPerUnit : absent;
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
    double[] out = new double[phi.length];
    for (int w = 0; w < out.length; w++) {
      double th = thetaAt(w);
      out[w] = Double.isNaN(th) ? absent : th;
    }
    return out;
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
    OuVerdict[] out = new OuVerdict[phi.length];
    for (int w = 0; w < out.length; w++) {
      out[w] = verdict(w);
    }
    return out;
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

  // Written through a proxy holding the stored per-window figures (the input series is not
  // kept, so there is nothing to refit): reading checks the shape over() guarantees and goes
  // through the constructor over() uses, which derives the per-hour factor and the pairs
  // again. Verdicts travel as the enum, not as ordinals, so reordering OuVerdict cannot
  // change what a stored fit says; they are derived from the stored figures, so reading
  // rejects a stream whose verdicts disagree with its figures.
  private Object writeReplace() {
    return new Proxy(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("OuRollingFit is read through its serialization proxy");
  }

  /** The serial form of a rolling fit: its shape and the per-window figures. */
  private static final class Proxy implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int window;
    private final Duration timeUnit;
    private final double dt;
    private final double[] phi;
    private final double[] rss;
    private final double[] szz;
    private final double[] mu;
    private final OuVerdict[] verdicts;

    Proxy(OuRollingFit f) {
      window = f.window;
      timeUnit = f.timeUnit;
      dt = f.dt;
      phi = f.phi.clone();
      rss = f.rss.clone();
      szz = f.szz.clone();
      mu = f.mu.clone();
      verdicts = f.verdicts();
    }

    private Object readResolve() throws InvalidObjectException {
      int n;
      try {
        ArgChecks.positive("timeUnit", timeUnit);
        ArgChecks.positive("dt", dt);
        if (window < 5) {
          throw new IllegalArgumentException("window must be >= 5, was " + window);
        }
        Objects.requireNonNull(phi, "phi");
        Objects.requireNonNull(rss, "rss");
        Objects.requireNonNull(szz, "szz");
        Objects.requireNonNull(mu, "mu");
        Objects.requireNonNull(verdicts, "verdicts");
        n = verdicts.length;
        if (n == 0 || phi.length != n || rss.length != n || szz.length != n
            || mu.length != n) {
          throw new IllegalArgumentException("per-window arrays must share one length >= 1,"
              + " were phi=" + phi.length + ", rss=" + rss.length + ", szz=" + szz.length
              + ", mu=" + mu.length + ", verdicts=" + n);
        }
        for (int w = 0; w < n; w++) {
          Objects.requireNonNull(verdicts[w], "verdicts[" + w + "]");
        }
      } catch (RuntimeException e) {
        InvalidObjectException bad = new InvalidObjectException(e.getMessage());
        bad.initCause(e);
        throw bad;
      }
      OuRollingFit out = new OuRollingFit(window, timeUnit, dt, n);
      System.arraycopy(phi, 0, out.phi, 0, n);
      System.arraycopy(rss, 0, out.rss, 0, n);
      System.arraycopy(szz, 0, out.szz, 0, n);
      System.arraycopy(mu, 0, out.mu, 0, n);
      for (int w = 0; w < n; w++) {
        if (out.verdict(w) != verdicts[w]) {
          throw new InvalidObjectException("verdicts[" + w + "] is " + verdicts[w]
              + " but the window's figures give " + out.verdict(w));
        }
      }
      return out;
    }
  }
}
