package dev.fundingkit.core.premium;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;

/**
 * A mean weighted by sample order: equal weights, or weights 1..n (later samples heavier).
 * The linear weight total is {@code n(n+1)/2}, exact in a double for any real window; the
 * result is kept within the samples' [min, max], so a constant series is exact.
 */
final class OrderWeightedMean implements AveragingScheme, Serializable {

  static final OrderWeightedMean SIMPLE = new OrderWeightedMean("simple-mean", false);
  static final OrderWeightedMean LINEAR = new OrderWeightedMean("linear-weights", true);

  private final String name;
  private final boolean linear;

  private OrderWeightedMean(String name, boolean linear) {
    this.name = name;
    this.linear = linear;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public double average(double[] premiums, int from, int to) {
    Samples.checkRange(premiums, from, to);
    Samples.requireSamples(name, from, to);
    double sum = 0;
    double min = premiums[from];
    double max = min;
    double weight = 0;
    for (int i = from; i < to; i++) {
      double p = premiums[i];
      weight += 1;
      sum += linear ? weight * p : p;
      min = Math.min(min, p);
      max = Math.max(max, p);
    }
    double n = to - from;
    double mean = sum / (linear ? n * (n + 1) / 2 : n);
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
    return name;
  }

  private Object writeReplace() {
    return new SerializedForm(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("OrderWeightedMean is read through its serialization proxy");
  }

  /** The serial form: which of the two schemes, read back as the shared instance. */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final boolean linear;

    SerializedForm(OrderWeightedMean source) {
      this.linear = source.linear;
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        return linear ? LINEAR : SIMPLE;
      } catch (RuntimeException e) {
        InvalidObjectException ex = new InvalidObjectException("invalid OrderWeightedMean: " + e.getMessage());
        ex.initCause(e);
        throw ex;
      }
    }
  }
}
