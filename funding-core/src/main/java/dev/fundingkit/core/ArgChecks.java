package dev.fundingkit.core;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Argument checks shared by every FundingKit module, so that each rejection names the
 * parameter and the value in the same words.
 *
 * <p>Every method returns its (possibly normalised) argument, throws
 * {@link NullPointerException} naming the parameter for {@code null} (and for a {@code null}
 * name), and
 * {@link IllegalArgumentException} with a message of the form
 * {@code "<name> must be <rule>, was <value>"} otherwise. Doubles are returned with
 * {@code -0.0} normalised to {@code 0.0}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ArgChecks {

  private ArgChecks() {}

  /**
   * Requires a finite double.
   *
   * @param name the parameter name used in the message
   * @param value the value to check
   * @return {@code value}, with {@code -0.0} normalised to {@code 0.0}
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public static double finite(String name, double value) {
    Objects.requireNonNull(name, "name");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be finite, was " + value);
    }
    return value + 0.0;
  }

  /**
   * The library's one overflow rule: a result computed from finite inputs that is not finite
   * (it overflowed a double, or divided by a value too small) is bad input, never returned.
   *
   * <p>The message is built only on failure, so the check costs a comparison on a hot path.
   *
   * @param result the computed result
   * @param name the parameter whose value made the result overflow
   * @param value that parameter's value
   * @return {@code result}, with {@code -0.0} normalised to {@code 0.0}
   * @throws FundingOverflowException if {@code result} is NaN or infinite, naming the
   *     parameter and its value
   */
  public static double noOverflow(double result, String name, double value) {
    Objects.requireNonNull(name, "name");
    if (!Double.isFinite(result)) {
      throw new FundingOverflowException("the result for " + name + " " + value
          + " overflows a double, was " + result);
    }
    return result + 0.0;
  }

  /**
   * Requires a finite double that is zero or more.
   *
   * @param name the parameter name used in the message
   * @param value the value to check
   * @return {@code value}, with {@code -0.0} normalised to {@code 0.0}
   * @throws IllegalArgumentException if {@code value} is NaN, infinite or negative
   */
  public static double nonNegative(String name, double value) {
    Objects.requireNonNull(name, "name");
    finite(name, value);
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, was " + value);
    }
    return value + 0.0;
  }

  /**
   * Requires a finite double strictly greater than zero (prices, notionals, volatilities).
   *
   * @param name the parameter name used in the message
   * @param value the value to check
   * @return {@code value}
   * @throws IllegalArgumentException if {@code value} is NaN, infinite, zero or negative
   */
  public static double positive(String name, double value) {
    Objects.requireNonNull(name, "name");
    finite(name, value);
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be > 0, was " + value);
    }
    return value;
  }

  /**
   * Requires a finite double in the closed range {@code [min, max]}.
   *
   * @param name the parameter name used in the message
   * @param value the value to check
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @return {@code value}, with {@code -0.0} normalised to {@code 0.0}
   * @throws IllegalArgumentException if {@code value} is NaN, infinite or outside the range
   */
  public static double inRange(String name, double value, double min, double max) {
    Objects.requireNonNull(name, "name");
    finite(name, value);
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must be in [" + min + ", " + max + "], was " + value);
    }
    return value + 0.0;
  }

  /**
   * Requires a strictly positive duration.
   *
   * @param name the parameter name used in the message
   * @param value the value to check
   * @return {@code value}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is zero or negative
   */
  public static Duration positive(String name, Duration value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }

  /**
   * Requires every element of an array to be finite.
   *
   * @param name the parameter name used in the message
   * @param values the values to check
   * @return {@code values} (not copied)
   * @throws NullPointerException if {@code values} is null
   * @throws IllegalArgumentException naming the first bad index and value
   */
  public static double[] allFinite(String name, double[] values) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(values, name);
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(
            name + "[" + i + "] must be finite, was " + values[i]);
      }
    }
    return values;
  }

  /**
   * Requires instants in strictly increasing order: no nulls, no duplicates, no reversals.
   *
   * @param name the parameter name used in the message
   * @param times the instants to check
   * @return {@code times} (not copied)
   * @throws NullPointerException if {@code times} or an element is null
   * @throws IllegalArgumentException naming the first index that is not after its predecessor
   */
  public static Instant[] strictlyIncreasing(String name, Instant[] times) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(times, name);
    for (int i = 0; i < times.length; i++) {
      if (times[i] == null) {
        throw new NullPointerException(name + "[" + i + "]");  // message built on failure only
      }
      if (i > 0 && !times[i].isAfter(times[i - 1])) {
        throw new IllegalArgumentException(
            name + " must be strictly increasing, but " + name + "[" + i + "]=" + times[i]
                + (times[i].equals(times[i - 1]) ? " duplicates " : " is before ")
                + name + "[" + (i - 1) + "]=" + times[i - 1]);
      }
    }
    return times;
  }

  /**
   * Requires epoch-millisecond times in strictly increasing order: no duplicates, no
   * reversals. The message shows each offending value also as an instant.
   *
   * @param name the parameter name used in the message
   * @param epochMillis the times to check
   * @return {@code epochMillis} (not copied)
   * @throws NullPointerException if {@code epochMillis} is null
   * @throws IllegalArgumentException naming the first index that is not after its predecessor
   */
  public static long[] strictlyIncreasingEpochMillis(String name, long[] epochMillis) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(epochMillis, name);
    return strictlyIncreasingEpochMillis(name, epochMillis, 0, epochMillis.length);
  }

  /**
   * Requires epoch-millisecond times in strictly increasing order within the index range
   * {@code [from, to)}.
   *
   * @param name the parameter name used in the message
   * @param epochMillis the times to check
   * @param from the first index checked, inclusive
   * @param to the end of the range, exclusive
   * @return {@code epochMillis} (not copied)
   * @throws NullPointerException if {@code epochMillis} is null
   * @throws IndexOutOfBoundsException if the range is not within the array
   * @throws IllegalArgumentException naming the first index that is not after its predecessor
   */
  public static long[] strictlyIncreasingEpochMillis(
      String name, long[] epochMillis, int from, int to) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(epochMillis, name);
    Objects.checkFromToIndex(from, to, epochMillis.length);
    for (int i = from + 1; i < to; i++) {
      long t = epochMillis[i];
      long previous = epochMillis[i - 1];
      if (t <= previous) {
        throw new IllegalArgumentException(
            name + " must be strictly increasing, but " + name + "[" + i + "]=" + t
                + " (" + Instant.ofEpochMilli(t) + ")"
                + (t == previous ? " duplicates " : " is before ")
                + name + "[" + (i - 1) + "]=" + previous + " (" + Instant.ofEpochMilli(previous)
                + ")");
      }
    }
    return epochMillis;
  }
}
