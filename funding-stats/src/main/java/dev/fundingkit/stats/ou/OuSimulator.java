package dev.fundingkit.stats.ou;

import dev.fundingkit.core.ArgChecks;
import java.time.Instant;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Exact simulation of an Ornstein–Uhlenbeck process at arbitrary times: no discretisation
 * error, because each step draws from the exact Gaussian transition
 * {@code F' = μ + (F − μ)e^(−θΔ) + sd·√(1 − e^(−2θΔ))·Z} with {@code sd = σ/√(2θ)}.
 *
 * <p>Seeded ({@link RandomSource#XO_RO_SHI_RO_128_PP}, ziggurat normals), so the same seed,
 * parameters and times give the same path on every JVM.
 *
 * <p><b>Not thread-safe</b>: it owns a random stream. Use one instance per thread.
 */
public final class OuSimulator {

  private final OuParameters params;
  private final ZigguratSampler.NormalizedGaussian normal;

  private OuSimulator(OuParameters params, long seed) {
    this.params = Objects.requireNonNull(params, "params");
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    this.normal = ZigguratSampler.NormalizedGaussian.of(rng);
  }

  /**
   * A simulator with its own seeded random stream.
   *
   * @param params the process (θ per time unit, σ per √time unit)
   * @param seed the seed
   * @return the simulator
   * @throws NullPointerException if {@code params} is null
   */
  public static OuSimulator seeded(OuParameters params, long seed) {
    return new OuSimulator(params, seed);
  }

  /**
   * The simulated process.
   *
   * @return the parameters
   */
  public OuParameters parameters() {
    return params;
  }

  /**
   * A path at the given times, the first point drawn from the stationary law N(μ, sd²).
   *
   * @param times strictly increasing finite times in the parameters' time unit (any origin)
   * @return one value per time
   * @throws NullPointerException if {@code times} is null
   * @throws IllegalArgumentException if a time is not finite or the times do not increase
   */
  public double[] path(double[] times) {
    checkTimes(times);
    double[] out = new double[times.length];
    if (times.length > 0) {
      fill(params.mu().value() + params.stationarySdValue() * normal.sample(), times, out);
    }
    return out;
  }

  /**
   * A path at the given instants (time unit from the parameters), stationary start.
   *
   * @param times strictly increasing instants
   * @return one value per instant
   * @throws NullPointerException if {@code times} or an element is null
   * @throws IllegalArgumentException if the instants do not strictly increase
   */
  public double[] path(Instant[] times) {
    return path(SeriesTimes.units(times, params.timeUnit()));
  }

  /**
   * A path at the given epoch milliseconds (time unit from the parameters), stationary start.
   *
   * @param epochMillis strictly increasing epoch milliseconds
   * @return one value per time
   * @throws NullPointerException if {@code epochMillis} is null
   * @throws IllegalArgumentException if the times do not strictly increase
   */
  public double[] path(long[] epochMillis) {
    return path(SeriesTimes.units(epochMillis, params.timeUnit()));
  }

  /**
   * A path at the given times that starts at a given value.
   *
   * @param start the value at {@code times[0]}, finite
   * @param times strictly increasing finite times in the parameters' time unit
   * @return one value per time, {@code start} first
   * @throws NullPointerException if {@code times} is null
   * @throws IllegalArgumentException if {@code start} or a time is not finite, or the times
   *     do not increase
   */
  public double[] pathFrom(double start, double[] times) {
    ArgChecks.finite("start", start);
    checkTimes(times);
    double[] out = new double[times.length];
    if (times.length > 0) {
      fill(start, times, out);
    }
    return out;
  }

  /**
   * Bulk form without per-element checks or allocation: writes a path started at
   * {@code start} into {@code out[0..times.length−1]}. The caller guarantees increasing finite
   * times.
   *
   * @param start the value at {@code times[0]}
   * @param times increasing times in the parameters' time unit
   * @param out the destination, at least {@code times.length} long
   * @throws NullPointerException if an array is null
   * @throws IllegalArgumentException if {@code out} is too short, {@code start} or a time is
   *     not finite, or the times do not increase (an O(n) check, cheap beside the
   *     exponentials of the path)
   */
  public void fill(double start, double[] times, double[] out) {
    Objects.requireNonNull(times, "times");
    Objects.requireNonNull(out, "out");
    if (out.length < times.length) {
      throw new IllegalArgumentException("out must be at least times.length (" + times.length
          + ") long, was " + out.length);
    }
    ArgChecks.finite("start", start);
    checkTimes(times);
    if (times.length == 0) {
      return;
    }
    double theta = params.theta();
    double mu = params.mu().value();
    double sd = params.stationarySdValue();
    out[0] = start;
    for (int i = 1; i < times.length; i++) {
      double d = times[i] - times[i - 1];
      out[i] = mu + (out[i - 1] - mu) * Math.exp(-theta * d)
          + sd * Math.sqrt(-Math.expm1(-2 * theta * d)) * normal.sample();
    }
  }

  private static void checkTimes(double[] times) {
    ArgChecks.allFinite("times", times);
    SeriesTimes.requireIncreasing(times);
  }
}
