package dev.fundingkit.core.premium;

import java.util.Arrays;

/**
 * dYdX-style two-stage average: the median of each calendar minute's votes (padded with zeros
 * to {@code minVotesPerMinute}), then the mean of the minutes (padded with zeros to
 * {@code minMinutes}).
 */
record MedianPerMinuteThenMean(int minVotesPerMinute, int minMinutes)
    implements AveragingScheme {

  private static final long MINUTE_MILLIS = 60_000L;

  MedianPerMinuteThenMean {
    if (minVotesPerMinute < 1) {
      throw new IllegalArgumentException(
          "minVotesPerMinute must be >= 1, was " + minVotesPerMinute);
    }
    if (minMinutes < 1) {
      throw new IllegalArgumentException("minMinutes must be >= 1, was " + minMinutes);
    }
  }

  @Override
  public String name() {
    return "median-per-minute-then-mean(" + minVotesPerMinute + "," + minMinutes + ")";
  }

  @Override
  public double average(double[] minuteSamples, int from, int to) {
    Samples.checkRange(minuteSamples, from, to);
    int minutes = to - from;
    if (minutes < minMinutes) {
      // Zero padding: the missing minutes add nothing to the sum.
      double sum = 0;
      for (int i = from; i < to; i++) {
        sum += minuteSamples[i];
      }
      return checked(sum / minMinutes, minuteSamples, from, to);
    }
    return OrderWeightedMean.SIMPLE.average(minuteSamples, from, to);
  }

  @Override
  public double average(long[] epochMillis, double[] premiums, int from, int to) {
    Samples.checkTimedRange(epochMillis, premiums, from, to);
    // PIT: equivalent mutant (to − from → to + from): only a larger scratch array.
    double[] scratch = new double[to - from + minVotesPerMinute];
    double sum = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    int minutes = 0;
    int i = from;
    while (i < to) {
      long minute = Math.floorDiv(epochMillis[i], MINUTE_MILLIS);
      int votes = 0;
      while (i < to && Math.floorDiv(epochMillis[i], MINUTE_MILLIS) == minute) {
        if (!Double.isFinite(premiums[i])) {
          throw Samples.notFinite(premiums, i, to);
        }
        scratch[votes++] = premiums[i++];
      }
      double median = paddedMedian(scratch, votes);
      sum += median;
      min = Math.min(min, median);
      max = Math.max(max, median);
      minutes++;
    }
    // Unpadded, the mean stays within the minutes' range (exact for a constant series).
    double mean = minutes >= minMinutes
        ? Samples.within(sum / minutes, min, max)
        : sum / minMinutes;
    return checked(mean, premiums, from, to);
  }

  private double paddedMedian(double[] scratch, int votes) {
    int count = Math.max(votes, minVotesPerMinute);
    Arrays.fill(scratch, votes, count, 0.0);
    Arrays.sort(scratch, 0, count);
    int mid = count / 2;
    return count % 2 == 1 ? scratch[mid] : (scratch[mid - 1] + scratch[mid]) / 2;
  }

  private static double checked(double value, double[] premiums, int from, int to) {
    if (!Double.isFinite(value)) {
      throw Samples.notFinite(premiums, from, to);
    }
    return value + 0.0;
  }

  @Override
  public String toString() {
    return name();
  }
}
