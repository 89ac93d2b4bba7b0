package dev.fundingkit.stats.ou;

/**
 * Centred sums of the AR(1) regression {@code x[i] = c + φ·x[i−1] + ε} over consecutive
 * observations {@code from..to} (inclusive). Two passes, because funding rates are ~1e-4 and
 * raw sums of squares lose digits. Immutable.
 */
final class Ar1Sums {

  /** Number of transitions (regression observations). */
  final int n;
  /** Mean of the regressor {@code x[from..to−1]}. */
  final double zMean;
  /** Mean of the response {@code x[from+1..to]}. */
  final double yMean;
  /** Σ (z − z̄)². */
  final double szz;
  /** Σ (z − z̄)(y − ȳ). */
  final double szy;
  /** Σ (y − ȳ)². */
  final double syy;
  /** Residual sum of squares at the OLS fit. */
  final double rss;

  private Ar1Sums(int n, double zMean, double yMean, double szz, double szy, double syy,
      double rss) {
    this.syy = syy;
    this.n = n;
    this.zMean = zMean;
    this.yMean = yMean;
    this.szz = szz;
    this.szy = szy;
    this.rss = rss;
  }

  static Ar1Sums of(double[] x) {
    return of(x, 0, x.length - 1);
  }

  static Ar1Sums of(double[] x, int from, int to) {
    int n = to - from;
    double zs = 0;
    double ys = 0;
    for (int i = from + 1; i <= to; i++) {
      zs += x[i - 1];
      ys += x[i];
    }
    double zm = zs / n;
    double ym = ys / n;
    double szz = 0;
    double szy = 0;
    double syy = 0;
    for (int i = from + 1; i <= to; i++) {
      double dz = x[i - 1] - zm;
      double dy = x[i] - ym;
      szz += dz * dz;
      szy += dz * dy;
      syy += dy * dy;
    }
    double rss = 0;
    if (szz > 0) {
      double phi = szy / szz;
      double c = ym - phi * zm;
      for (int i = from + 1; i <= to; i++) {
        double r = x[i] - c - phi * x[i - 1];
        rss += r * r;
      }
    }
    return new Ar1Sums(n, zm, ym, szz, szy, syy, rss);
  }

  /** From already-centred moments (the streaming accumulator). */
  static Ar1Sums ofMoments(int n, double zMean, double yMean, double szz, double szy,
      double syy) {
    double rss = szz > 0 ? Math.max(0.0, syy - szy * szy / szz) : 0.0;
    return new Ar1Sums(n, zMean, yMean, szz, szy, syy, rss);
  }

  double phi() {
    return szy / szz;
  }

  double intercept() {
    return yMean - phi() * zMean;
  }

  /** OLS standard error of φ̂ with the unbiased divisor n − 2 (the Dickey–Fuller convention). */
  double olsSePhi() {
    return Math.sqrt(rss / (n - 2) / szz);
  }
}
