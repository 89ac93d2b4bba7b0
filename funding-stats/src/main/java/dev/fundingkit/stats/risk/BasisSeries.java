package dev.fundingkit.stats.risk;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.PositionSide;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * The basis of a perpetual against spot at a series of instants, {@code basis = perp / spot − 1}
 * (positive: the perp trades at a premium), with the risk figures of a carry built on it:
 * rolling basis volatility and the adverse basis move over a holding period.
 *
 * <p>Domain figures (brief §6): rolling 24-hour basis volatility is typically 0.1–0.5% for BTC,
 * 0.5–2% for altcoins; the 95th-percentile adverse move about 1% for BTC, 1.5% for ETH, 3–5%
 * for altcoins.
 *
 * <p>Immutable and thread-safe.
 */
public final class BasisSeries implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The window of the domain's basis volatility: 24 hours. */
  public static final Duration DEFAULT_WINDOW = Duration.ofHours(24);

  /** The confidence of the domain's adverse move: 0.95. */
  public static final double DEFAULT_CONFIDENCE = 0.95;

  private final Instant[] times;
  private final double[] basis;

  private BasisSeries(Instant[] times, double[] basis) {
    this.times = times;
    this.basis = basis;
  }

  /**
   * The basis from perpetual and spot prices observed at the same instants.
   *
   * @param times observation instants, strictly increasing
   * @param perpPrices perpetual prices, {@code > 0}, one per instant
   * @param spotPrices spot (or index) prices, {@code > 0}, one per instant
   * @return the basis series
   * @throws NullPointerException if an array or a time is null
   * @throws IllegalArgumentException naming the bad parameter, index and value, or a length
   *     that differs from {@code times}
   */
  public static BasisSeries of(Instant[] times, double[] perpPrices, double[] spotPrices) {
    ArgChecks.strictlyIncreasing("times", times);
    Objects.requireNonNull(perpPrices, "perpPrices");
    Objects.requireNonNull(spotPrices, "spotPrices");
    RollingVolatility.sameLength("perpPrices", perpPrices.length, times.length);
    // PIT: equivalent mutant (VoidMethodCall): basis() then checks spot against perp, which has
    // times' length, with the same message.
    RollingVolatility.sameLength("spotPrices", spotPrices.length, times.length);
    double[] basis = new double[times.length];
    basis(perpPrices, spotPrices, basis);
    return new BasisSeries(times.clone(), basis);
  }

  /**
   * A series of basis values already computed.
   *
   * @param times observation instants, strictly increasing
   * @param basis basis values ({@code perp / spot − 1}), finite, each {@code > −1}
   * @return the basis series
   * @throws NullPointerException if an array or a time is null
   * @throws IllegalArgumentException naming the bad parameter, index and value
   */
  public static BasisSeries ofBasis(Instant[] times, double[] basis) {
    ArgChecks.strictlyIncreasing("times", times);
    ArgChecks.allFinite("basis", basis);
    RollingVolatility.sameLength("basis", basis.length, times.length);
    double[] copy = new double[basis.length];
    for (int i = 0; i < basis.length; i++) {
      if (basis[i] <= -1) {
        throw new IllegalArgumentException("basis[" + i + "] must be > -1, was " + basis[i]);
      }
      copy[i] = basis[i] + 0.0;
    }
    return new BasisSeries(times.clone(), copy);
  }

  /**
   * Bulk form: {@code out[i] = perp[i] / spot[i] − 1}, allocating nothing.
   *
   * @param perpPrices perpetual prices, {@code > 0}
   * @param spotPrices spot prices, {@code > 0}, as many as {@code perpPrices}
   * @param out receives the basis, at least as long as {@code perpPrices}
   * @throws NullPointerException if an array is null
   * @throws IllegalArgumentException naming the first bad price (array, index, value) or a
   *     length mismatch
   */
  public static void basis(double[] perpPrices, double[] spotPrices, double[] out) {
    Objects.requireNonNull(perpPrices, "perpPrices");
    Objects.requireNonNull(spotPrices, "spotPrices");
    Objects.requireNonNull(out, "out");
    RollingVolatility.sameLength("spotPrices", spotPrices.length, perpPrices.length);
    if (out.length < perpPrices.length) {
      throw new IllegalArgumentException(
          "out must have length >= " + perpPrices.length + ", was " + out.length);
    }
    for (int i = 0; i < perpPrices.length; i++) {
      checkPrice("perpPrices", i, perpPrices[i]);
      checkPrice("spotPrices", i, spotPrices[i]);
      out[i] = perpPrices[i] / spotPrices[i] - 1;   // x - 1 is -0.0 only for x = -0.0
    }
  }

  /**
   * How many observations the series holds.
   *
   * @return the size
   */
  public int size() {
    return basis.length;
  }

  /**
   * The instant of observation {@code i}.
   *
   * @param i the index, in {@code [0, size())}
   * @return the instant
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public Instant time(int i) {
    return times[i];
  }

  /**
   * The basis at observation {@code i}.
   *
   * @param i the index, in {@code [0, size())}
   * @return {@code perp / spot − 1}, a fraction
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public double basis(int i) {
    return basis[i];
  }

  /**
   * The instants.
   *
   * @return a copy, strictly increasing
   */
  public Instant[] times() {
    return times.clone();
  }

  /**
   * The basis values.
   *
   * @return a copy, aligned with {@link #times()}
   */
  public double[] values() {
    return basis.clone();
  }

  /**
   * The standard deviation of the basis over a trailing 24-hour window (see
   * {@link #rollingVolatility(Duration)}).
   *
   * @return the rolling basis volatility
   * @throws IllegalStateException if the series does not span a 24-hour window
   */
  public RollingVolatility rollingVolatility() {
    return rollingVolatility(DEFAULT_WINDOW);
  }

  /**
   * The sample standard deviation of the basis over a trailing time window
   * {@code (t − window, t]} at each observation, reported once the data covers a whole window
   * and the window holds at least two values. The unit is that of the basis (a fraction).
   *
   * @param window the window, positive
   * @return the rolling basis volatility
   * @throws NullPointerException if {@code window} is null
   * @throws IllegalArgumentException if {@code window} is not positive
   * @throws IllegalStateException if no window is covered by data with two values in it
   */
  public RollingVolatility rollingVolatility(Duration window) {
    return RollingVolatility.of(times, basis, window, 2);
  }

  /**
   * The 95th-percentile adverse basis move over a holding period; see
   * {@link #adverseMove(PositionSide, Duration, double)}.
   *
   * @param perpSide the side of the perpetual leg ({@code LONG}: reverse carry)
   * @param holdingPeriod how long the position is held, positive
   * @return the adverse move
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code holdingPeriod} is not positive
   * @throws IllegalStateException if fewer than 20 holding periods fit in the series
   */
  public AdverseBasisMove adverseMove(PositionSide perpSide, Duration holdingPeriod) {
    return adverseMove(perpSide, holdingPeriod, DEFAULT_CONFIDENCE);
  }

  /**
   * The empirical adverse basis move over a holding period at a confidence level. Every
   * observation starts a holding period that ends at the first observation at or after
   * {@code start + holdingPeriod} (a gap in the data lengthens that period); the change of the
   * basis over it, signed so that a loss of the carry is positive ({@code −Δbasis} for a long
   * perp, {@code +Δbasis} for a short perp), gives one sample. The figure is the
   * {@code confidence} quantile of the samples, interpolating linearly between order statistics
   * (Hyndman–Fan type 7, as NumPy's default).
   *
   * @param perpSide the side of the perpetual leg ({@code LONG}: reverse carry)
   * @param holdingPeriod how long the position is held, positive
   * @param confidence the quantile level, in {@code (0, 1)}
   * @return the adverse move with the number of samples behind it
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException naming the bad parameter and its value
   * @throws IllegalStateException if fewer than {@code ⌈1 / (1 − confidence)⌉} holding periods
   *     fit in the series (20 at 95%): a quantile needs that many samples to mean anything
   */
  public AdverseBasisMove adverseMove(
      PositionSide perpSide, Duration holdingPeriod, double confidence) {
    Objects.requireNonNull(perpSide, "perpSide");
    ArgChecks.positive("holdingPeriod", holdingPeriod);
    AdverseBasisMove.checkConfidence(confidence);
    double sign = perpSide == PositionSide.LONG ? -1 : 1;
    double[] samples = new double[basis.length];
    int n = 0;
    int end = 0;
    // PIT: equivalent mutant (ConditionalsBoundary): the loop breaks at the last index, whose
    // target lies past every time, before i could reach basis.length.
    for (int i = 0; i < basis.length; i++) {
      Instant target = times[i].plus(holdingPeriod);
      while (end < times.length && times[end].isBefore(target)) {
        end++;
      }
      if (end == times.length) {
        break;
      }
      // A -0.0 sample needs no normalising: the quantile below adds +0.0 or more to it.
      samples[n++] = sign * (basis[end] - basis[i]);
    }
    int needed = (int) Math.ceil(1 / (1 - confidence) - 1e-9);
    if (n < needed) {
      throw new IllegalStateException("need at least " + needed + " holding periods of "
          + holdingPeriod + " for a " + confidence + " quantile, got " + n);
    }
    Arrays.sort(samples, 0, n);
    double position = confidence * (n - 1);
    int lower = (int) Math.floor(position);
    int upper = Math.min(lower + 1, n - 1);
    double move = samples[lower] + (position - lower) * (samples[upper] - samples[lower]);
    return new AdverseBasisMove(perpSide, holdingPeriod, confidence, move, n);
  }

  @Override
  public String toString() {
    return "BasisSeries[size=" + basis.length
        + (basis.length == 0 ? "" : ", from=" + times[0] + ", to=" + times[basis.length - 1])
        + "]";
  }

  private static void checkPrice(String name, int i, double price) {
    if (!(price > 0) || !Double.isFinite(price)) {
      throw new IllegalArgumentException(name + "[" + i + "] must be > 0, was " + price);
    }
  }

  // Written through a proxy and read back through ofBasis, so a stream cannot build a series
  // with unordered times or a basis at or below -1.
  private Object writeReplace() {
    return new Proxy(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("BasisSeries is read through its serialization proxy");
  }

  /** The serial form of a basis series: its instants and basis values. */
  private static final class Proxy implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Instant[] times;
    private final double[] basis;

    Proxy(BasisSeries s) {
      times = s.times.clone();
      basis = s.basis.clone();
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        return ofBasis(times, basis);
      } catch (RuntimeException e) {
        InvalidObjectException bad = new InvalidObjectException(e.getMessage());
        bad.initCause(e);
        throw bad;
      }
    }
  }
}
