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

  /**
   * {@link #remove}{@code (zOut, yOut)} then {@link #add}{@code (zIn, yIn)} at a fixed count,
   * multiplying by the reciprocals {@code 1/(n − 1)} and {@code 1/n} instead of dividing (the
   * rolling fit's inner loop).
   */
  void slide(double zOut, double yOut, double zIn, double yIn, double invNm1, double invN) {
    double zOld = zMean;
    double yOld = yMean;
    double zMid = (zOld * n - zOut) * invNm1;
    double yMid = (yOld * n - yOut) * invNm1;
    double a = szz - (zOut - zMid) * (zOut - zOld);
    double b = szy - (zOut - zMid) * (yOut - yOld);
    double c = syy - (yOut - yMid) * (yOut - yOld);
    double dz = zIn - zMid;
    double dy = yIn - yMid;
    zMean = zMid + dz * invN;
    yMean = yMid + dy * invN;
    szz = a + dz * (zIn - zMean);
    szy = b + dz * (yIn - yMean);
    syy = c + dy * (yIn - yMean);
  }

  Ar1Sums sums() {
    return Ar1Sums.ofMoments(n, zMean, yMean, szz, szy, syy);
  }
}
