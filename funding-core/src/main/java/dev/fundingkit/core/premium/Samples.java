package dev.fundingkit.core.premium;

import dev.fundingkit.core.ArgChecks;
import java.time.Instant;
import java.util.Objects;

/** Range and element checks shared by the averaging schemes; no allocation per element. */
final class Samples {

  private Samples() {}

  static void checkSameLength(long[] epochMillis, double[] premiums) {
    Objects.requireNonNull(epochMillis, "epochMillis");
    Objects.requireNonNull(premiums, "premiums");
    if (epochMillis.length != premiums.length) {
      throw new IllegalArgumentException(
          "premiums must have as many elements as epochMillis (" + epochMillis.length
              + "), was " + premiums.length);
    }
  }

  static void checkRange(double[] premiums, int from, int to) {
    Objects.requireNonNull(premiums, "premiums");
    Objects.checkFromToIndex(from, to, premiums.length);
  }

  static void checkTimedRange(long[] epochMillis, double[] premiums, int from, int to) {
    Objects.requireNonNull(epochMillis, "epochMillis");
    checkRange(premiums, from, to);
    ArgChecks.strictlyIncreasingEpochMillis("epochMillis", epochMillis, from, to);
  }

  static void requireSamples(String scheme, int from, int to) {
    if (to <= from) {
      throw new IllegalStateException(
          scheme + " needs at least one premium sample, the range was empty");
    }
  }

  /** Called only when a sum came out non-finite: names the first bad element. */
  static IllegalArgumentException notFinite(double[] premiums, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Double.isFinite(premiums[i])) {
        return new IllegalArgumentException(
            "premiums[" + i + "] must be finite, was " + premiums[i]);
      }
    }
    return new IllegalArgumentException(
        "premiums[" + from + ".." + to + ") overflowed when averaged");
  }

  /** Removes rounding that pushed an average a hair outside [min, max]; normalises -0.0. */
  static double within(double value, double min, double max) {
    return Math.max(min, Math.min(max, value)) + 0.0;
  }
}
