package dev.fundingkit.stats.ou;

/**
 * Every sum the default regular fit needs, from ONE pass over the values with no copy: sums
 * of {@code d = x − x[0]} (pivoted, so 1e-4-sized rates keep their digits), of {@code d²} and
 * of the lag products {@code d[i−1]·d[i]}, plus the largest magnitude of x. The AR(1) moments of
 * {@link Ar1Sums}, the sample mean and sd all follow in O(1), so the closed-form MLE, its
 * profile interval, Tang–Chen and the Dickey–Fuller τ come from the same sums.
 *
 * <p>The pass is only used where it is as accurate as the two-pass route to about 1e-12
 * relative; {@link #of} returns null (the caller then takes the exact route, which also
 * throws the usual exception naming the first non-finite index) when a sum is not finite
 * (a NaN or infinite value, or an overflow), when the pivot is far from the mean (the pivoted
 * square sums exceed 1e4 times the centred ones), or when the residual sum of squares is
 * below 1e-4 of the response's (φ̂ so close to ±1 that {@code Syy − Szy²/Szz} cancels).
 * Immutable.
 */
final class RegularPass {

  /** Largest ratio of pivoted to centred square sums accepted (cancellation ≤ 1e4·ε). */
  private static final double MAX_PIVOT_RATIO = 1e4;
  /** Smallest RSS/Syy accepted for the moment form of the RSS. */
  private static final double MIN_RSS_SHARE = 1e-4;

  /** The AR(1) moments of the consecutive pairs. */
  final Ar1Sums sums;
  /** The sample mean of all values. */
  final double mean;
  /** The population sd of all values. */
  final double sd;
  /** The largest magnitude of a value. */
  final double scale;

  private RegularPass(Ar1Sums sums, double mean, double sd, double scale) {
    this.sums = sums;
    this.mean = mean;
    this.sd = sd;
    this.scale = scale;
  }

  /**
   * The sums of {@code x} with every figure divided by {@code divisor} (the per-hour
   * rescale, 1 for none), or null when the one pass is not accurate enough or a value is
   * not finite.
   */
  static RegularPass of(double[] x, double divisor) {
    int len = x.length;
    // PIT: equivalent mutant (changed conditional boundary): 3 values give 2 pairs, fitted exactly,
    // so RSS = 0 returns null below anyway
    if (len < 3) {
      return null;
    }
    double p = x[0];
    // Two interleaved accumulator sets halve the add-latency chain: the loop runs at the
    // speed of a plain raw-sums loop although it does more per element.
    double s0 = 0;
    double s1 = 0;
    double q0 = 0;
    double q1 = 0;
    double c0 = 0;
    double c1 = 0;
    double max0 = 0;
    double max1 = 0;
    double prev = 0; // d[0] = 0
    int i = 1;
    for (; i + 1 < len; i += 2) {
      double xa = x[i];
      double xb = x[i + 1];
      double a = xa - p;
      double b = xb - p;
      s0 += a;
      s1 += b;
      q0 += a * a;
      q1 += b * b;
      c0 += prev * a;
      c1 += a * b;
      double ma = Math.abs(xa);
      double mb = Math.abs(xb);
      // PIT: equivalent mutant (changed conditional boundary): on a tie the same value is stored
      if (ma > max0) {
        max0 = ma;
      }
      // PIT: equivalent mutant (changed conditional boundary): on a tie the same value is stored
      if (mb > max1) {
        max1 = mb;
      }
      prev = b;
    }
    if (i < len) {
      double a = x[i] - p;
      s0 += a;
      q0 += a * a;
      c0 += prev * a;
      double ma = Math.abs(x[i]);
      // PIT: equivalent mutant (changed conditional boundary): on a tie the same value is stored
      if (ma > max0) {
        max0 = ma;
      }
      prev = a;
    }
    double s = s0 + s1;
    double q = q0 + q1;
    double c = c0 + c1;
    if (!Double.isFinite(s) || !Double.isFinite(q) || !Double.isFinite(c)
        || !Double.isFinite(p)) {
      return null;
    }
    double last = prev;
    int m = len - 1;
    // regressor z = x[0..len−2] (d sums: s − last), response y = x[1..len−1] (d sums: s)
    double zs = s - last;
    double zz = q - last * last;
    double szz = zz - zs * zs / m;
    double syy = q - s * s / m;
    double szy = c - zs * s / m;
    if (!(szz > 0) || !(syy > 0) || zz > MAX_PIVOT_RATIO * szz || q > MAX_PIVOT_RATIO * syy) {
      return null;
    }
    double rss = syy - szy * szy / szz;
    if (!(rss > MIN_RSS_SHARE * syy)) {
      return null;
    }
    double ss = q - s * s / len;
    if (!(ss > 0) || q > MAX_PIVOT_RATIO * ss) {
      return null;
    }
    double k2 = divisor * divisor;
    Ar1Sums sums = Ar1Sums.ofMoments(m, (p + zs / m) / divisor, (p + s / m) / divisor,
        szz / k2, szy / k2, syy / k2);
    double scale = Math.max(Math.abs(p), Math.max(max0, max1));
    return new RegularPass(sums, (p + s / len) / divisor, Math.sqrt(ss / len) / divisor,
        scale / divisor);
  }
}
