package dev.fundingkit.stats.regime;

import dev.fundingkit.core.ArgChecks;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A predicate over one named market reading, such as {@code openInterestChange < -0.05}: the
 * data form of a confirm or cancel condition. Inputs are whatever names the caller's readings
 * use (for example {@code priceTrend7d}, {@code volumeRatio}, {@code openInterestChange},
 * {@code liquidationsUsd}, {@code depth2PctUsd}, {@code spreadBps}, {@code stablecoinFlows}).
 *
 * <p>{@link #toString()} writes {@code input op threshold} and {@link #parse(CharSequence)}
 * reads it back. Immutable and thread-safe.
 *
 * @param input the name of the reading: letters, digits, {@code _ . -}, starting with a letter
 * @param comparison how the reading is compared
 * @param threshold the threshold, finite
 */
public record Condition(String input, Comparison comparison, double threshold) implements java.io.Serializable {

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\-]*");
  private static final Pattern FORM =
      Pattern.compile("\\s*([A-Za-z][A-Za-z0-9_.\\-]*)\\s*(<=|>=|<|>)\\s*(\\S+)\\s*");

  /**
   * Validates the condition.
   *
   * @param input the name of the reading
   * @param comparison how the reading is compared
   * @param threshold the threshold, finite
   * @throws NullPointerException if {@code input} or {@code comparison} is null
   * @throws IllegalArgumentException naming the bad parameter and its value
   */
  public Condition {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(comparison, "comparison");
    if (!NAME.matcher(input).matches()) {
      throw new IllegalArgumentException(
          "input must be a name (letter, then letters, digits, _ . -), was '" + input + "'");
    }
    threshold = ArgChecks.finite("threshold", threshold);
  }

  /**
   * A condition.
   *
   * @param input the name of the reading
   * @param comparison how the reading is compared
   * @param threshold the threshold, finite
   * @return the condition
   * @throws NullPointerException if {@code input} or {@code comparison} is null
   * @throws IllegalArgumentException naming the bad parameter and its value
   */
  public static Condition of(String input, Comparison comparison, double threshold) {
    return new Condition(input, comparison, threshold);
  }

  /**
   * Parses {@code input op threshold}, such as {@code spreadBps > 15}.
   *
   * @param text the condition text
   * @return the condition
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text does not have that form
   */
  public static Condition parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "text must look like 'openInterestChange < -0.05', was '" + text + "'");
    }
    double threshold;
    try {
      threshold = Double.parseDouble(m.group(3));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "text must end with a number, was '" + text + "'", e);
    }
    return new Condition(m.group(1), Comparison.ofSymbol(m.group(2)), threshold);
  }

  /**
   * Whether the condition holds for a set of readings.
   *
   * @param readings readings by name; values must be finite
   * @return the truth, or empty when the reading is missing (no data)
   * @throws NullPointerException if {@code readings} is null
   * @throws IllegalArgumentException if the reading is NaN or infinite
   */
  public Optional<Boolean> evaluate(Map<String, Double> readings) {
    Objects.requireNonNull(readings, "readings");
    Double reading = readings.get(input);
    if (reading == null) {
      return Optional.empty();
    }
    ArgChecks.finite("readings[" + input + "]", reading);
    return Optional.of(comparison.holds(reading, threshold));
  }

  /** {@code input op threshold}, such as {@code openInterestChange < -0.05}. */
  @Override
  public String toString() {
    return input + " " + comparison.symbol() + " " + threshold;
  }
}
