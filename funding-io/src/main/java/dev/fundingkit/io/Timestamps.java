package dev.fundingkit.io;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads the time cells found in funding CSV files.
 *
 * <ul>
 *   <li>ISO-8601 instants with a zone: {@code 2025-10-01T08:00:00Z},
 *       {@code 2025-10-01T08:00:00.003Z}, {@code 2023-01-01 00:00:00+0000},
 *       {@code 2023-01-01T01:00:00+01:00};
 *   <li>date and time without a zone, {@code YYYY-MM-DD HH:MM:SS[.fff]} (or with {@code T}),
 *       and a date alone: these are read as <b>UTC</b>, the way pandas and the venues' APIs
 *       write them; a file written in local wall-clock time must be converted first;
 *   <li>epoch numbers, told apart by magnitude: below 10^11 they are <b>seconds</b> (up to the
 *       year 5138), from 10^11 on <b>milliseconds</b> (from 1973-03-03 on). Funding data
 *       begins in 2016, about 1.5e9 in seconds and 1.5e12 in milliseconds, so the rule cannot
 *       misread a real series.
 * </ul>
 *
 * <p>Parsing is strict ({@link ResolverStyle#STRICT}): an impossible calendar date such as
 * {@code 2025-02-30} or {@code 2025-02-29} is an error, never shifted to the month's last day.
 *
 * <p>Stateless and thread-safe.
 */
public final class Timestamps {

  /** Epoch numbers at or above this magnitude are milliseconds, below it seconds. */
  public static final long MILLIS_THRESHOLD = 100_000_000_000L;


  private static final DateTimeFormatter DATE_TIME =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T')
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .optionalStart()
          .appendOffset("+HH:MM:ss", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .optionalEnd()
          .toFormatter(Locale.ROOT)
          // STRICT: 2025-02-30 is an error, never 2025-02-28 (the SMART default's reading).
          .withResolverStyle(ResolverStyle.STRICT)
          .withChronology(IsoChronology.INSTANCE);

  private Timestamps() {}

  /**
   * Reads one time cell.
   *
   * @param text the cell, surrounding blanks ignored
   * @return the instant
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is none of the accepted forms
   */
  public static Instant parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().trim();
    try {
      int form = epochForm(s);
      if (form == WHOLE_EPOCH) {
        // Up to 18 digits fit a long: the common case needs no BigDecimal.
        long number = Long.parseLong(s);
        return Math.abs(number) >= MILLIS_THRESHOLD
            ? Instant.ofEpochMilli(number)
            : Instant.ofEpochSecond(number);
      }
      if (form == DECIMAL_EPOCH) {
        return fromEpoch(new BigDecimal(s));
      }
      TemporalAccessor parsed = DATE_TIME.parse(withT(s));
      LocalTime time =
          parsed.isSupported(ChronoField.HOUR_OF_DAY) ? LocalTime.from(parsed) : LocalTime.MIDNIGHT;
      ZoneOffset offset =
          parsed.isSupported(ChronoField.OFFSET_SECONDS)
              ? ZoneOffset.from(parsed)
              : ZoneOffset.UTC;
      return LocalDate.from(parsed).atTime(time).toInstant(offset);
    } catch (DateTimeException | ArithmeticException e) {
      throw new IllegalArgumentException(
          (s.isEmpty() ? "empty cell" : Cells.quote(s))
              + " is not a timestamp (expected ISO-8601 such as 2025-10-01T08:00:00Z,"
              + " 'YYYY-MM-DD HH:MM:SS' in UTC, or epoch seconds or milliseconds)",
          e);
    }
  }

  /**
   * Which form a time cell is written in, without reading it fully.
   *
   * @param text the cell, surrounding blanks ignored
   * @return the form; {@link TimestampForm#LOCAL_AS_UTC} for text that is neither an epoch
   *     number nor carries a zone
   * @throws NullPointerException if {@code text} is null
   */
  public static TimestampForm form(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().trim();
    if (epochForm(s) != NOT_EPOCH) {
      return new BigDecimal(s).abs().compareTo(BigDecimal.valueOf(MILLIS_THRESHOLD)) >= 0
          ? TimestampForm.EPOCH_MILLIS
          : TimestampForm.EPOCH_SECONDS;
    }
    try {
      return DATE_TIME.parse(withT(s)).isSupported(ChronoField.OFFSET_SECONDS)
          ? TimestampForm.ZONED
          : TimestampForm.LOCAL_AS_UTC;
    } catch (DateTimeException e) {
      return TimestampForm.LOCAL_AS_UTC;
    }
  }

  /**
   * Reads a whole epoch number of at most 18 digits ({@code -?\d{1,18}}, already trimmed) from
   * ASCII bytes as epoch milliseconds, by the magnitude rule of {@link #parse}, without making
   * a string: the CSV fast path's time reader. Any other text returns {@link Long#MIN_VALUE}
   * and the caller goes the general way, with its errors.
   */
  static long epochMillisAscii(byte[] b, int from, int to) {
    int i = from;
    boolean negative = i < to && b[i] == '-';
    if (negative) {
      i++;
    }
    int digits = to - i;
    if (digits < 1 || digits > 18) {
      return Long.MIN_VALUE;
    }
    long number = 0;
    for (; i < to; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        return Long.MIN_VALUE;
      }
      number = number * 10 + d;
    }
    // Below the threshold these are seconds: |number| < 10^11, so * 1000 cannot overflow.
    return number >= MILLIS_THRESHOLD ? (negative ? -number : number)
        : (negative ? -number : number) * 1000;
  }

  private static String withT(String s) {
    return s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
  }

  private static final int NOT_EPOCH = 0;
  private static final int WHOLE_EPOCH = 1;
  private static final int DECIMAL_EPOCH = 2;

  /**
   * Whether {@code s} is an epoch number {@code -?\d{1,19}(\.\d{1,9})?}, scanned by hand (a
   * regular-expression match per cell was the largest cost of reading a million-row file):
   * {@link #WHOLE_EPOCH} for at most 18 digits and no fraction (it fits a long),
   * {@link #DECIMAL_EPOCH} for the other epoch numbers, {@link #NOT_EPOCH} otherwise.
   */
  static int epochForm(String s) {
    int n = s.length();
    int i = s.startsWith("-") ? 1 : 0;
    int digits = 0;
    while (i < n && Decimals.isDigit(s.charAt(i))) {
      i++;
      digits++;
    }
    if (digits == 0 || digits > 19) {
      return NOT_EPOCH;
    }
    if (i == n) {
      return digits <= 18 ? WHOLE_EPOCH : DECIMAL_EPOCH;
    }
    if (s.charAt(i) != '.') {
      return NOT_EPOCH;
    }
    i++;
    int fraction = 0;
    while (i < n && Decimals.isDigit(s.charAt(i))) {
      i++;
      fraction++;
    }
    return i == n && fraction >= 1 && fraction <= 9 ? DECIMAL_EPOCH : NOT_EPOCH;
  }

  private static Instant fromEpoch(BigDecimal number) {
    BigDecimal seconds =
        number.abs().compareTo(BigDecimal.valueOf(MILLIS_THRESHOLD)) >= 0
            ? number.movePointLeft(3)
            : number;
    BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
    int nanos =
        seconds.subtract(whole).movePointRight(9).setScale(0, RoundingMode.FLOOR).intValueExact();
    return Instant.ofEpochSecond(whole.longValueExact(), nanos);
  }
}
