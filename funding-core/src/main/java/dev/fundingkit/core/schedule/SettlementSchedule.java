package dev.fundingkit.core.schedule;

import java.io.Serializable;
import java.io.ObjectInputStream;
import java.io.InvalidObjectException;
import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.FundingIntervals;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A fixed settlement grid: every {@code interval}, starting from an anchor time of day in UTC.
 * {@code 8h@00:00} settles at 00:00, 08:00 and 16:00 UTC (Binance, Bybit, OKX default);
 * {@code 8h@04:00} at 04:00, 12:00 and 20:00 UTC (BitMEX); {@code 1h@00:00} every whole hour.
 *
 * <p><b>Interval rule.</b> The interval must divide a day evenly (1h, 2h, 3h, 4h, 6h, 8h, 12h,
 * 24h, 30m, …) and be a whole number of seconds, so that the grid is the same every UTC day and
 * a grid point is simply an instant whose epoch second is {@code anchor (mod interval)}. Every
 * venue interval found in the specs has this form; longer or uneven intervals (5h, 48h) are
 * rejected with {@link IllegalArgumentException} naming the value.
 *
 * <p><b>Anchor.</b> A time of day in whole seconds. It is stored as the first settlement of the
 * UTC day ({@code anchor mod interval}), so {@code 8h@20:00} and {@code 8h@04:00} are the same,
 * equal, schedule and both print as {@code 8h@04:00}.
 *
 * <p><b>Windows.</b> Settlements in a window are those in {@code (from, to]}: a settlement at
 * {@code from} belongs to the previous window, one at {@code to} to this one. So consecutive
 * windows never count a settlement twice, and a position held over {@code (from, to]} pays the
 * settlements in it.
 *
 * <p><b>Text form.</b> {@code INTERVAL@HH:MM} (or {@code @HH:MM:SS} when the anchor has
 * seconds); the interval as in {@link FundingIntervals#parse(CharSequence)}. {@link #parse}
 * also accepts a bare interval ({@code 8h}: anchor 00:00) and reads {@link #toString()} back to
 * an equal object.
 *
 * <p>Instants are {@link Instant}s (nanosecond precision); the bulk forms take epoch
 * milliseconds. Results beyond the range of {@link Instant} or {@code long} throw
 * {@link java.time.DateTimeException} or {@link ArithmeticException}.
 *
 * <p>Immutable and thread-safe.
 */
public final class SettlementSchedule implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final long SECONDS_PER_DAY = 86_400L;

  /** Every 8 hours at 00:00, 08:00, 16:00 UTC: the default on Binance, Bybit, OKX, Gate. */
  public static final SettlementSchedule EIGHT_HOURLY = of(Duration.ofHours(8));

  /**
   * Every 8 hours at 04:00, 12:00, 20:00 UTC: BitMEX (venues.md §1 and §7, BitMEX Perpetual
   * Contracts Guide) and KuCoin (observed in the shared data, SOURCES.md §4).
   */
  public static final SettlementSchedule EIGHT_HOURLY_AT_04 =
      of(Duration.ofHours(8), LocalTime.of(4, 0));

  /** Every 4 hours at 00:00, 04:00, …, 20:00 UTC (Binance announcement 2026-01-02). */
  public static final SettlementSchedule FOUR_HOURLY = of(Duration.ofHours(4));

  /** Every whole hour UTC. */
  public static final SettlementSchedule HOURLY = of(Duration.ofHours(1));

  private final long intervalSeconds;
  private final long anchorSeconds;

  private SettlementSchedule(long intervalSeconds, long anchorSeconds) {
    this.intervalSeconds = intervalSeconds;
    this.anchorSeconds = Math.floorMod(anchorSeconds, intervalSeconds);
  }

  /**
   * A schedule anchored at 00:00 UTC.
   *
   * @param interval the time between settlements; must divide a day, whole seconds
   * @return the schedule
   * @throws NullPointerException if {@code interval} is null
   * @throws IllegalArgumentException if the interval is not positive, has a fraction of a
   *     second or does not divide a day
   */
  public static SettlementSchedule of(Duration interval) {
    return of(interval, LocalTime.MIDNIGHT);
  }

  /**
   * A schedule with the given anchor time of day (UTC).
   *
   * @param interval the time between settlements; must divide a day, whole seconds
   * @param anchor a settlement time of day, UTC, whole seconds
   * @return the schedule
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the interval is not positive, has a fraction of a
   *     second or does not divide a day, or the anchor has a fraction of a second
   */
  public static SettlementSchedule of(Duration interval, LocalTime anchor) {
    Objects.requireNonNull(anchor, "anchor");
    if (anchor.getNano() != 0) {
      throw new IllegalArgumentException("anchor must be whole seconds, was " + anchor);
    }
    return new SettlementSchedule(checkInterval(interval), anchor.toSecondOfDay());
  }

  /**
   * Parses {@code INTERVAL@HH:MM[:SS]} or a bare {@code INTERVAL} (anchor 00:00), e.g.
   * {@code 8h@04:00}, {@code 4h}, {@code PT1H@00:00}, {@code 30m@00:15}.
   *
   * @param text the text
   * @return the schedule
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text does not have that form or a part is invalid
   */
  public static SettlementSchedule parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().trim();
    int at = s.indexOf('@');
    Duration interval = FundingIntervals.parse(at < 0 ? s : s.substring(0, at));
    if (at < 0) {
      return of(interval);
    }
    LocalTime anchor;
    try {
      anchor = LocalTime.parse(s.substring(at + 1).trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "text must look like 8h@04:00, was '" + text + "'", e);
    }
    return of(interval, anchor);
  }

  private static long checkInterval(Duration interval) {
    ArgChecks.positive("interval", interval);
    long s = interval.getSeconds();
    if (interval.getNano() != 0 || s > SECONDS_PER_DAY || SECONDS_PER_DAY % s != 0) {
      throw new IllegalArgumentException(
          "interval must divide a day (24h) into whole seconds, was " + interval);
    }
    return s;
  }

  /**
   * The time between settlements.
   *
   * @return the interval, positive, dividing a day
   */
  public Duration interval() {
    return Duration.ofSeconds(intervalSeconds);
  }

  /**
   * The first settlement of each UTC day (the anchor reduced modulo the interval).
   *
   * @return the anchor time of day, UTC
   */
  public LocalTime anchor() {
    return LocalTime.ofSecondOfDay(anchorSeconds);
  }

  /**
   * How many settlements fall in one UTC day.
   *
   * @return {@code 24h / interval}
   */
  public int settlementsPerDay() {
    return (int) (SECONDS_PER_DAY / intervalSeconds);
  }

  /**
   * A copy with another interval and the same anchor.
   *
   * @param interval the new interval; must divide a day, whole seconds
   * @return the schedule
   * @throws NullPointerException if {@code interval} is null
   * @throws IllegalArgumentException if the interval is invalid
   */
  public SettlementSchedule withInterval(Duration interval) {
    return new SettlementSchedule(checkInterval(interval), anchorSeconds);
  }

  /**
   * A copy with another anchor and the same interval.
   *
   * @param anchor a settlement time of day, UTC, whole seconds
   * @return the schedule
   * @throws NullPointerException if {@code anchor} is null
   * @throws IllegalArgumentException if the anchor has a fraction of a second
   */
  public SettlementSchedule withAnchor(LocalTime anchor) {
    return of(interval(), anchor);
  }

  /**
   * Whether an instant is a settlement of this schedule.
   *
   * @param instant the instant
   * @return true if it lies exactly on the grid
   * @throws NullPointerException if {@code instant} is null
   */
  public boolean isSettlement(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return instant.getNano() == 0
        && Math.floorMod(instant.getEpochSecond() - anchorSeconds, intervalSeconds) == 0;
  }

  /**
   * The first settlement strictly after an instant.
   *
   * @param instant the instant
   * @return the next settlement, {@code > instant}
   * @throws NullPointerException if {@code instant} is null
   * @throws IllegalArgumentException if the next settlement is after {@link Instant#MAX}
   */
  public Instant nextAfter(Instant instant) {
    long next = floorSecond(Objects.requireNonNull(instant, "instant")) + intervalSeconds;
    if (next > Instant.MAX.getEpochSecond()) {
      throw new IllegalArgumentException(
          "instant must have a next settlement within the Instant range, was " + instant);
    }
    return Instant.ofEpochSecond(next);
  }

  /**
   * The first settlement at or after an instant: the instant itself when it is a settlement.
   *
   * @param instant the instant
   * @return the settlement, {@code >= instant}
   * @throws NullPointerException if {@code instant} is null
   */
  public Instant atOrAfter(Instant instant) {
    return isSettlement(instant) ? instant : nextAfter(instant);
  }

  /**
   * The last settlement at or before an instant.
   *
   * @param instant the instant
   * @return the settlement, {@code <= instant}
   * @throws NullPointerException if {@code instant} is null
   * @throws IllegalArgumentException if that settlement is before {@link Instant#MIN}
   */
  public Instant lastAtOrBefore(Instant instant) {
    long last = floorSecond(Objects.requireNonNull(instant, "instant"));
    if (last < Instant.MIN.getEpochSecond()) {
      throw new IllegalArgumentException(
          "instant must have a settlement at or before it within the Instant range, was "
              + instant);
    }
    return Instant.ofEpochSecond(last);
  }

  /**
   * The time from an instant to the next settlement strictly after it.
   *
   * @param instant the instant
   * @return a positive duration, at most one interval
   * @throws NullPointerException if {@code instant} is null
   */
  public Duration timeUntilNext(Instant instant) {
    return Duration.between(instant, nextAfter(instant));
  }

  /**
   * How many settlements fall in {@code (from, to]}.
   *
   * @param from the exclusive start
   * @param to the inclusive end, not before {@code from}
   * @return the count: {@code floor((to − a)/I) − floor((from − a)/I)} in seconds
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public long countBetween(Instant from, Instant to) {
    checkWindow(from, to);
    // Grid points are whole seconds, so only the epoch seconds of the bounds matter.
    return Math.floorDiv(to.getEpochSecond() - anchorSeconds, intervalSeconds)
        - Math.floorDiv(from.getEpochSecond() - anchorSeconds, intervalSeconds);
  }

  /**
   * The settlements in {@code (from, to]}, in order.
   *
   * @param from the exclusive start
   * @param to the inclusive end, not before {@code from}
   * @return the settlements, possibly empty; an unmodifiable list
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code to} is before {@code from} or the window holds
   *     more settlements than a list can
   */
  public List<Instant> settlementsBetween(Instant from, Instant to) {
    int count = listSize(countBetween(from, to));
    List<Instant> out = new ArrayList<>(count);
    long first = floorSecond(from) + intervalSeconds;
    for (int i = 0; i < count; i++) {
      out.add(Instant.ofEpochSecond(first + i * intervalSeconds));
    }
    return List.copyOf(out);
  }

  /**
   * The first settlement strictly after an instant, in epoch milliseconds.
   *
   * @param epochMillis the instant in epoch milliseconds
   * @return the next settlement in epoch milliseconds, {@code > epochMillis}
   * @throws IllegalArgumentException if the next settlement is beyond {@code Long.MAX_VALUE}
   *     milliseconds
   */
  public long nextAfterMillis(long epochMillis) {
    long im = intervalSeconds * 1000L;
    // Offsets taken modulo the interval first, so no subtraction can overflow.
    long offset = Math.floorMod(Math.floorMod(epochMillis, im)
        - Math.floorMod(anchorSeconds * 1000L, im), im);
    long step = im - offset; // in (0, im]
    // PIT: equivalent mutant (boundary): grid points are whole seconds, Long.MAX_VALUE ms is not.
    if (epochMillis > Long.MAX_VALUE - step) {
      throw new IllegalArgumentException("epochMillis must have a next settlement within the "
          + "epoch-millisecond range, was " + epochMillis);
    }
    return epochMillis + step;
  }

  /**
   * How many settlements fall in {@code (from, to]}, epoch milliseconds.
   *
   * @param fromMillis the exclusive start, epoch milliseconds
   * @param toMillis the inclusive end, epoch milliseconds, not before {@code fromMillis}
   * @return the count
   * @throws IllegalArgumentException if {@code toMillis < fromMillis}
   */
  public long countBetweenMillis(long fromMillis, long toMillis) {
    checkWindowMillis(fromMillis, toMillis);
    return periodIndex(toMillis) - periodIndex(fromMillis);
  }

  /**
   * {@code floorDiv(epochMillis − anchor, interval)} without computing the difference, which
   * overflows near {@code Long.MIN_VALUE} (the count over the whole range came out 0).
   */
  private long periodIndex(long epochMillis) {
    long im = intervalSeconds * 1000L;
    long am = anchorSeconds * 1000L;
    long r = Math.floorMod(epochMillis, im) - Math.floorMod(am, im); // in (−im, im)
    // PIT: equivalent mutant (− → + on the anchor term): it cancels in every difference.
    return Math.floorDiv(epochMillis, im) - Math.floorDiv(am, im) + (r < 0 ? -1 : 0);
  }

  /**
   * The settlements in {@code (from, to]} as epoch milliseconds, in one array and no other
   * allocation: the bulk form of {@link #settlementsBetween(Instant, Instant)}.
   *
   * @param fromMillis the exclusive start, epoch milliseconds
   * @param toMillis the inclusive end, epoch milliseconds, not before {@code fromMillis}
   * @return the settlements in epoch milliseconds, ascending, possibly empty
   * @throws IllegalArgumentException if {@code toMillis < fromMillis} or the window holds more
   *     settlements than an array can
   */
  public long[] settlementsBetweenMillis(long fromMillis, long toMillis) {
    int count = listSize(countBetweenMillis(fromMillis, toMillis));
    long im = intervalSeconds * 1000L;
    long[] out = new long[count];
    long next = count == 0 ? 0 : nextAfterMillis(fromMillis);
    for (int i = 0; i < count; i++) {
      out[i] = next + i * im;
    }
    return out;
  }

  private long floorSecond(Instant instant) {
    long s = instant.getEpochSecond();
    return s - Math.floorMod(s - anchorSeconds, intervalSeconds);
  }

  static void checkWindow(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "to must not be before from (" + from + "), was " + to);
    }
  }

  static void checkWindowMillis(long fromMillis, long toMillis) {
    if (toMillis < fromMillis) {
      throw new IllegalArgumentException(
          "toMillis must not be before fromMillis (" + fromMillis + "), was " + toMillis);
    }
  }

  static int listSize(long count) {
    if (count > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "window must hold at most " + (Integer.MAX_VALUE - 8) + " settlements, was " + count);
    }
    return (int) count;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof SettlementSchedule)) {
      return false;
    }
    SettlementSchedule other = (SettlementSchedule) obj;
    return intervalSeconds == other.intervalSeconds && anchorSeconds == other.anchorSeconds;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(intervalSeconds) * 31 + Long.hashCode(anchorSeconds);
  }

  /**
   * The text form {@code INTERVAL@HH:MM}, e.g. {@code 8h@04:00}; seconds are shown only when
   * the anchor has them ({@code 30m@00:15:30}). {@link #parse(CharSequence)} reads it back.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return FundingIntervals.format(interval()) + "@" + anchor();
  }

  private Object writeReplace() {
    return new SerializedForm(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("SettlementSchedule is read through its serialization proxy");
  }

  /** The serial form: what the factory needs, re-validated by it on reading. */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String text;

    SerializedForm(SettlementSchedule source) {
      this.text = source.toString();
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        return SettlementSchedule.parse(text);
      } catch (RuntimeException e) {
        InvalidObjectException ex = new InvalidObjectException("invalid SettlementSchedule: " + e.getMessage());
        ex.initCause(e);
        throw ex;
      }
    }
  }
}
