package dev.fundingkit.stats.ou;

/**
 * Running means and centred co-moments of consecutive pairs {@code (z, y) = (x[i−1], x[i])}:
 * Welford updates to add and remove a pair in O(1), and an exact two-pass reset, so neither
 * the streaming accumulator nor the rolling fit loses digits on rates of ~1e-4. Mutable, not
 * thread-safe.
 */
final class PairMoments {
  int n;
  double zMean;
  double yMean;
  double szz;
  double szy;
  double syy;

  void exact(double[] x, int from, int to) {
    n = to - from;
    double zs = 0;
    double ys = 0;
    for (int i = from + 1; i <= to; i++) {
      zs += x[i - 1];
      ys += x[i];
    }
    zMean = zs / n;
    yMean = ys / n;
    szz = 0;
    szy = 0;
    syy = 0;
    for (int i = from + 1; i <= to; i++) {
      double dz = x[i - 1] - zMean;
      double dy = x[i] - yMean;
      szz += dz * dz;
      szy += dz * dy;
      syy += dy * dy;
    }
  }

  void add(double z, double y) {
    n++;
    double dz = z - zMean;
    zMean += dz / n;
    double dy = y - yMean;
    yMean += dy / n;
    szz += dz * (z - zMean);
    szy += dz * (y - yMean);
    syy += dy * (y - yMean);
  }

  void remove(double z, double y) {
    double zOld = zMean;
    double yOld = yMean;
    n--;
    zMean = (zOld * (n + 1) - z) / n;
    yMean = (yOld * (n + 1) - y) / n;
    szz -= (z - zMean) * (z - zOld);
    szy -= (z - zMean) * (y - yOld);
    syy -= (y - yMean) * (y - yOld);
  }

  Ar1Sums sums() {
    return Ar1Sums.ofMoments(n, zMean, yMean, szz, szy, syy);
  }
}
