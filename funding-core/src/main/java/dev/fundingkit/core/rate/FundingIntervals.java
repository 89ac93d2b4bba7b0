package dev.fundingkit.core.rate;

import dev.fundingkit.core.ArgChecks;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses and formats funding intervals in the short form venues and traders use
 * ({@code 8h}, {@code 4h}, {@code 1h}, {@code 30m}, {@code 15s}, {@code 1d}) and in ISO-8601
 * ({@code PT8H}).
 *
 * <p>{@link #format(Duration)} writes the shortest exact short form, and
 * {@link #parse(CharSequence)} reads it back: {@code parse(format(d)).equals(d)} for every
 * positive duration with whole seconds. Stateless and thread-safe.
 */
public final class FundingIntervals {

  private static final Pattern SHORT_FORM =
      Pattern.compile("(\\d{1,9})\\s*(d|h|m|min|s)", Pattern.CASE_INSENSITIVE);

  /** The hours in a 365-day year: the year that simple annualisation counts in. */
  public static final Duration YEAR_365 = Duration.ofDays(365);

  private FundingIntervals() {}

  /**
   * Parses an interval: a whole number with unit {@code d}, {@code h}, {@code m} (or
   * {@code min}) or {@code s}, or an ISO-8601 duration such as {@code PT8H}.
   *
   * @param text the interval text
   * @return the positive duration
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is neither form or the duration is not positive
   */
  public static Duration parse(CharSequence text) {
    Objects.requireNonNull(text, "interval");
    String s = text.toString().trim();
    Matcher m = SHORT_FORM.matcher(s);
    Duration d;
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      switch (m.group(2).toLowerCase(Locale.ROOT)) {
        case "d":
          d = Duration.ofDays(n);
          break;
        case "h":
          d = Duration.ofHours(n);
          break;
        case "m":
        case "min":
          d = Duration.ofMinutes(n);
          break;
        default:
          d = Duration.ofSeconds(n);
          break;
      }
    } else {
      try {
        d = Duration.parse(s.toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "interval must look like 8h, 30m or PT8H, was '" + text + "'", e);
      }
    }
    return ArgChecks.positive("interval", d);
  }

  /**
   * Formats an interval in the shortest exact short form: {@code 8h}, {@code 30m},
   * {@code 90s}; ISO-8601 when it has a fraction of a second.
   *
   * @param interval a positive duration
   * @return the short form
   * @throws NullPointerException if {@code interval} is null
   * @throws IllegalArgumentException if {@code interval} is not positive
   */
  public static String format(Duration interval) {
    ArgChecks.positive("interval", interval);
    if (interval.getNano() != 0) {
      return interval.toString();
    }
    long s = interval.getSeconds();
    if (s % 3600 == 0) {
      return (s / 3600) + "h";
    }
    if (s % 60 == 0) {
      return (s / 60) + "m";
    }
    return s + "s";
  }

  /**
   * The interval length in hours, as a double ({@code 30m} is 0.5).
   *
   * @param interval a positive duration
   * @return hours in the interval
   * @throws NullPointerException if {@code interval} is null
   * @throws IllegalArgumentException if {@code interval} is not positive
   */
  public static double hours(Duration interval) {
    ArgChecks.positive("interval", interval);
    return interval.getSeconds() / 3600.0 + interval.getNano() / 3.6e12;
  }

  /**
   * How many intervals fit in a 365-day year ({@code 8h} gives 1095, {@code 1h} gives 8760).
   *
   * @param interval a positive duration
   * @return periods per 365-day year
   * @throws NullPointerException if {@code interval} is null
   * @throws IllegalArgumentException if {@code interval} is not positive
   */
  public static double periodsPerYear(Duration interval) {
    return 365.0 * 24.0 / hours(interval);
  }
}
