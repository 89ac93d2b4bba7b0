package dev.fundingkit.stats.backtest;

import dev.fundingkit.core.ArgChecks;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * The annual rate of borrowing the spot leg through time: a step function, each rate in force
 * from its instant until the next (the first also before its instant). Borrow accrues simply
 * over a 365-day year. Immutable, thread-safe and serializable (through a serialization proxy
 * that re-validates).
 */
public final class BorrowSchedule implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final double YEAR_MS = Duration.ofDays(365).toMillis();

  private final long[] fromMs;
  private final double[] annual;

  private BorrowSchedule(long[] fromMs, double[] annual) {
    this.fromMs = fromMs;
    this.annual = annual;
  }

  /**
   * One rate at all times.
   *
   * @param annualRate a fraction a year, finite and {@code >= 0}
   * @return the schedule
   * @throws IllegalArgumentException if the rate is negative or not finite
   */
  public static BorrowSchedule constant(double annualRate) {
    return new BorrowSchedule(new long[] {0},
        new double[] {ArgChecks.nonNegative("annualRate", annualRate)});
  }

  /**
   * Rates that change through time.
   *
   * @param fromEpochMillis when each rate comes into force, strictly increasing, at least one
   *     (copied)
   * @param annualRates the rates, fractions a year, finite and {@code >= 0}, same length
   *     (copied)
   * @return the schedule
   * @throws NullPointerException if an array is null
   * @throws IllegalArgumentException if the arrays are empty or differ in length, the instants
   *     are not increasing, or a rate is negative or not finite
   */
  public static BorrowSchedule of(long[] fromEpochMillis, double[] annualRates) {
    long[] t = ArgChecks.strictlyIncreasingEpochMillis("fromEpochMillis", fromEpochMillis)
        .clone();
    Objects.requireNonNull(annualRates, "annualRates");
    if (t.length == 0 || annualRates.length != t.length) {
      throw new IllegalArgumentException("annualRates must have length "
          + t.length + " (at least 1), was " + annualRates.length);
    }
    double[] r = annualRates.clone();
    for (int i = 0; i < r.length; i++) {
      r[i] = ArgChecks.nonNegative("annualRates[" + i + "]", r[i]);
    }
    return new BorrowSchedule(t, r);
  }

  /**
   * The rate in force at an instant.
   *
   * @param at the instant
   * @return a fraction a year
   * @throws NullPointerException if {@code at} is null
   */
  public double annualRateAt(Instant at) {
    return annual[indexAt(at.toEpochMilli())];
  }

  /**
   * The borrow accrued on a notional of one from {@code startMs} to {@code endMs}: the
   * integral of the annual rate over a 365-day year.
   *
   * @param startMs the start, epoch ms
   * @param endMs the end, epoch ms, not before {@code startMs}
   * @return the cost, a fraction of notional, {@code >= 0}
   * @throws IllegalArgumentException if {@code endMs} is before {@code startMs}
   */
  public double accrued(long startMs, long endMs) {
    if (endMs < startMs) {
      throw new IllegalArgumentException("endMs must not be before startMs " + startMs
          + ", was " + endMs);
    }
    int i = indexAt(startMs);
    double sum = 0.0;
    long cursor = startMs;
    // PIT: equivalent mutant (ConditionalsBoundary): at fromMs[i + 1] == endMs the extra step
    // adds a zero-length span.
    while (i + 1 < fromMs.length && fromMs[i + 1] < endMs) {
      sum += annual[i] * (fromMs[i + 1] - cursor);
      cursor = fromMs[i + 1];
      i++;
    }
    sum += annual[i] * (endMs - cursor);
    // No -0.0 to normalise: the rates are >= +0.0 and the spans >= 0, so sum starts and stays
    // at +0.0 or above.
    return sum / YEAR_MS;
  }

  private int indexAt(long t) {
    int pos = Arrays.binarySearch(fromMs, t);
    // PIT: equivalent mutant (ConditionalsBoundary): pos == 0 gives -2, which max(0, ·) makes 0.
    int i = pos >= 0 ? pos : -pos - 2;
    return Math.max(0, i);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof BorrowSchedule)) {
      return false;
    }
    BorrowSchedule o = (BorrowSchedule) obj;
    return Arrays.equals(fromMs, o.fromMs) && Arrays.equals(annual, o.annual);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(fromMs) + Arrays.hashCode(annual);
  }

  /** Such as {@code BorrowSchedule[0.08 from 1970-01-01T00:00:00Z]}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("BorrowSchedule[");
    for (int i = 0; i < fromMs.length; i++) {
      b.append(i == 0 ? "" : ", ").append(annual[i]).append(" from ")
          .append(Instant.ofEpochMilli(fromMs[i]));
    }
    return b.append(']').toString();
  }

  private Object writeReplace() {
    return new Proxy(fromMs, annual);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("BorrowSchedule is serialized through its proxy");
  }

  /** The serial form: the two arrays, re-validated on reading. */
  private static final class Proxy implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long[] fromMs;
    private final double[] annual;

    Proxy(long[] fromMs, double[] annual) {
      this.fromMs = fromMs;
      this.annual = annual;
    }

    private Object readResolve() {
      return BorrowSchedule.of(fromMs, annual);
    }
  }
}
