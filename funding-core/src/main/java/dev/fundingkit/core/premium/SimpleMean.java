package dev.fundingkit.core.premium;

/** Equal weights. The result is kept within [min, max], so a constant series is exact. */
final class SimpleMean implements AveragingScheme {

  static final SimpleMean INSTANCE = new SimpleMean();

  private SimpleMean() {}

  @Override
  public String name() {
    return "simple-mean";
  }

  @Override
  public double average(double[] premiums, int from, int to) {
    Samples.checkRange(premiums, from, to);
    Samples.requireSamples(name(), from, to);
    double sum = 0;
    double min = premiums[from];
    double max = min;
    for (int i = from; i < to; i++) {
      double p = premiums[i];
      sum += p;
      min = Math.min(min, p);
      max = Math.max(max, p);
    }
    double mean = sum / (to - from);
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
