package dev.fundingkit.core.premium;

/**
 * Weights 1..n by sample order. The weight total is {@code n(n+1)/2}, exact in a double for any
 * real window; the result is kept within [min, max], so a constant series is exact.
 */
final class LinearWeights implements AveragingScheme {

  static final LinearWeights INSTANCE = new LinearWeights();

  private LinearWeights() {}

  @Override
  public String name() {
    return "linear-weights";
  }

  @Override
  public double average(double[] premiums, int from, int to) {
    Samples.checkRange(premiums, from, to);
    Samples.requireSamples(name(), from, to);
    double weighted = 0;
    double min = premiums[from];
    double max = min;
    double weight = 0;
    for (int i = from; i < to; i++) {
      double p = premiums[i];
      weight += 1;
      weighted += weight * p;
      min = Math.min(min, p);
      max = Math.max(max, p);
    }
    double n = to - from;
    double mean = weighted / (n * (n + 1) / 2);
    if (!Double.isFinite(mean)) {
      throw Samples.notFinite(premiums, from, to);
    }
    return Samples.within(mean, min, max);
  }

  @Override
  public double average(long[] epochMillis, double[] premiums, int from, int to) {
    Samples.checkTimedRange(epochMillis, premiums, from, to);
    return average(premiums, from, to);
  }

  @Override
  public String toString() {
    return name();
  }
}
