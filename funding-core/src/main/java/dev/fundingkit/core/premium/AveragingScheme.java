package dev.fundingkit.core.premium;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a venue averages the premium samples of one funding interval into the interval's
 * premium {@code P}. A convention is data: use the constants, or
 * {@link #medianPerMinuteThenMean(int, int)} for other padding rules.
 *
 * <p>Bulk forms work on primitive arrays and a range {@code [from, to)} so that rolling windows
 * need no copies; they allocate nothing per element (the median scheme allocates one scratch
 * buffer per call). Samples are in time order. Every scheme maps a constant series to that
 * constant exactly (given enough samples to need no zero padding); without padding the result
 * lies between the samples' minimum and maximum, while zero padding pulls it towards zero.
 *
 * <p>Bad input: a range outside the array gets {@link IndexOutOfBoundsException}; a NaN or
 * infinite premium or times that are not strictly increasing get
 * {@link IllegalArgumentException} naming the index and the value; schemes that need at least
 * one sample throw {@link IllegalStateException} for an empty range. Implementations are
 * immutable and thread-safe.
 */
public interface AveragingScheme extends Serializable {

  /**
   * Equal weights: {@code P = (P1 + … + Pn) / n}. Hyperliquid (5-s samples over the hour),
   * BitMEX (480 minutely prints), OKX formula A. Needs at least one sample.
   */
  AveragingScheme SIMPLE_MEAN = OrderWeightedMean.SIMPLE;

  /**
   * Linearly increasing weights, later samples heavier:
   * {@code P = (1·P1 + 2·P2 + … + n·Pn) / (1 + 2 + … + n)}. Binance (5-s samples, 5,760 per
   * 8 h, Σi = 16,591,680), Bybit and Bitget (minutes, 60N), Gate since 2026-05-27. Weights
   * follow sample order, not clock time. Needs at least one sample.
   */
  AveragingScheme LINEAR_WEIGHTS = OrderWeightedMean.LINEAR;

  /**
   * dYdX v4: per calendar minute, the median of the votes padded with zeros to 15 votes;
   * then the mean of the minutes' medians padded with zeros to 60 minutes
   * ({@code medianPerMinuteThenMean(15, 60)}; {@code x/perpetuals/keeper/perpetual.go}).
   */
  AveragingScheme DYDX_MEDIAN_THEN_MEAN = new MedianPerMinuteThenMean(15, 60);

  /**
   * Per calendar minute (UTC, by epoch milliseconds), the median of that minute's samples
   * padded with zeros up to {@code minVotesPerMinute}; then the mean of the per-minute medians
   * padded with zeros up to {@code minMinutes}. Missing votes and missing minutes therefore
   * count as zero premium, as on dYdX. For an even count the median is the mean of the two
   * middle values.
   *
   * <p>The times-free bulk form {@link #average(double[], int, int)} reads each element as one
   * minute's already-computed sample and applies only the second stage.
   *
   * @param minVotesPerMinute the vote count a minute is padded up to, at least 1
   * @param minMinutes the minute count the mean is padded up to, at least 1
   * @return the scheme
   * @throws IllegalArgumentException if a count is less than 1
   */
  static AveragingScheme medianPerMinuteThenMean(int minVotesPerMinute, int minMinutes) {
    return new MedianPerMinuteThenMean(minVotesPerMinute, minMinutes);
  }

  /**
   * Looks a scheme up by its {@link #name()}: {@code simple-mean}, {@code linear-weights} or
   * {@code median-per-minute-then-mean(VOTES,MINUTES)}.
   *
   * @param name the scheme's name
   * @return the scheme
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if no scheme has that name
   */
  static AveragingScheme of(String name) {
    Objects.requireNonNull(name, "name");
    String n = name.trim();
    if (n.equals(SIMPLE_MEAN.name())) {
      return SIMPLE_MEAN;
    }
    if (n.equals(LINEAR_WEIGHTS.name())) {
      return LINEAR_WEIGHTS;
    }
    Matcher m = Pattern.compile("median-per-minute-then-mean\\((\\d{1,6}),(\\d{1,6})\\)")
        .matcher(n);
    if (m.matches()) {
      return medianPerMinuteThenMean(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    throw new IllegalArgumentException(
        "name must be simple-mean, linear-weights or median-per-minute-then-mean(VOTES,MINUTES),"
            + " was '" + name + "'");
  }

  /**
   * The scheme's name, read back by {@link #of(String)}.
   *
   * @return the name, such as {@code linear-weights}
   */
  String name();

  /**
   * Averages {@code premiums[from..to)}, samples in time order at the venue's cadence.
   *
   * @param premiums the premiums
   * @param from the first index (inclusive)
   * @param to the end index (exclusive)
   * @return the average premium
   * @throws NullPointerException if {@code premiums} is null
   * @throws IndexOutOfBoundsException if the range is outside the array
   * @throws IllegalArgumentException if a premium in the range is NaN or infinite
   * @throws IllegalStateException if the scheme needs samples and the range is empty
   */
  double average(double[] premiums, int from, int to);

  /**
   * Averages timed samples {@code [from, to)}. Schemes that weight by sample order ignore the
   * times beyond checking them.
   *
   * @param epochMillis the sample times in milliseconds since the epoch, strictly increasing
   *     over the range
   * @param premiums the premiums, parallel to {@code epochMillis}
   * @param from the first index (inclusive)
   * @param to the end index (exclusive)
   * @return the average premium
   * @throws NullPointerException if an array is null
   * @throws IndexOutOfBoundsException if the range is outside either array
   * @throws IllegalArgumentException if a premium is NaN or infinite, or the times are not
   *     strictly increasing
   * @throws IllegalStateException if the scheme needs samples and the range is empty
   */
  double average(long[] epochMillis, double[] premiums, int from, int to);

  /**
   * Averages all of {@code premiums}.
   *
   * @param premiums the premiums in time order
   * @return the average premium
   * @throws NullPointerException if {@code premiums} is null
   * @throws IllegalArgumentException if a premium is NaN or infinite
   * @throws IllegalStateException if the scheme needs samples and the array is empty
   */
  default double average(double[] premiums) {
    Objects.requireNonNull(premiums, "premiums");
    return average(premiums, 0, premiums.length);
  }

  /**
   * Averages all timed samples.
   *
   * @param epochMillis the sample times in milliseconds since the epoch, strictly increasing
   * @param premiums the premiums, parallel to {@code epochMillis}
   * @return the average premium
   * @throws NullPointerException if an array is null
   * @throws IllegalArgumentException if the lengths differ, a premium is NaN or infinite, or
   *     the times are not strictly increasing
   * @throws IllegalStateException if the scheme needs samples and the arrays are empty
   */
  default double average(long[] epochMillis, double[] premiums) {
    Samples.checkSameLength(epochMillis, premiums);
    return average(epochMillis, premiums, 0, premiums.length);
  }
}
