package dev.fundingkit.core.ledger;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.venue.Accrual;
import java.util.Arrays;
import java.util.Objects;

/**
 * The {@link FundingLedger} rule over primitive arrays, for backtests over long histories:
 * payment instants in epoch milliseconds with each payment's interval, rate (fraction per that
 * interval) and payment price, and a position's size changes. Validates every input before
 * writing anything, then allocates nothing: one pass over the settlements and one over the
 * size changes.
 *
 * <p>With {@link Accrual#AT_SETTLEMENT}, payment {@code i} charges the size of the last change
 * strictly before {@code settlementMs[i] + tolerance}; with {@link Accrual#CONTINUOUS} it
 * charges the time-weighted size over {@code (settlementMs[i] − intervalMs[i],
 * settlementMs[i]]}. The cash flow is {@code -(size × price × rate)} from the position's side
 * (negative when it pays), bit for bit what the object form computes. The arrays are the
 * payments the data holds: a gap in them is not filled here ({@link FundingLedger#entries()}
 * lists missing settlements; {@code dev.fundingkit.core.series.FundingSeries#gaps()} finds
 * them for arrays).
 *
 * <p>Stateless and thread-safe (callers own the output arrays).
 */
public final class FundingAccrual {

  private FundingAccrual() {}

  /**
   * Accrues funding for a position whose size changes through time, writing each payment's
   * cash flow (zero when flat).
   *
   * @param settlementMs payment instants in epoch ms, strictly increasing
   * @param intervalMs each payment's interval in ms, positive, same length
   * @param rates each payment's rate, fraction per its interval, finite, same length
   * @param prices each payment's price (the {@link PaymentTerms#paymentPrice()}), positive,
   *     same length
   * @param changeMs size-change instants in epoch ms, strictly increasing
   * @param sizes the signed size from each change on, finite, same length as {@code changeMs}
   * @param terms the venue's payment terms (accrual and snapshot tolerance are used here)
   * @param cashFlowsOut receives each payment's cash flow, same length as
   *     {@code settlementMs}
   * @return the total cash flow
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException naming the array and index of the first bad element,
   *     or a length mismatch
   */
  public static double accrue(long[] settlementMs, long[] intervalMs, double[] rates,
      double[] prices, long[] changeMs, double[] sizes, PaymentTerms terms,
      double[] cashFlowsOut) {
    checkSettlements(settlementMs, intervalMs, rates, prices);
    checkChanges(changeMs, sizes);
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(cashFlowsOut, "cashFlowsOut");
    sameLength("cashFlowsOut", cashFlowsOut.length, "settlementMs", settlementMs.length);
    double total = 0.0;
    if (terms.accrual() == Accrual.AT_SETTLEMENT) {
      long tolerance = terms.snapshotTolerance().toMillis();
      int next = 0;
      double size = 0.0;
      for (int i = 0; i < settlementMs.length; i++) {
        long snapshot = settlementMs[i] + tolerance;
        while (next < changeMs.length && changeMs[next] < snapshot) {
          size = sizes[next++];
        }
        double flow = cashFlow(size, prices[i], rates[i]);
        cashFlowsOut[i] = flow;
        total += flow;
      }
    } else {
      int first = 0; // first change strictly after the interval's start; moves forward
      for (int i = 0; i < settlementMs.length; i++) {
        long start = settlementMs[i] - intervalMs[i];
        // PIT: equivalent mutant (boundary, 2nd negation): any reset finds the same first change.
        if (first > 0 && changeMs[first - 1] > start) {
          first = firstAfter(changeMs, start); // an interval that starts earlier (overlap)
        }
        // PIT: equivalent mutant (boundary): a change exactly at start is held for 0 ms either way.
        while (first < changeMs.length && changeMs[first] <= start) {
          first++;
        }
        double average = heldMillis(changeMs, sizes, first, start, settlementMs[i])
            / intervalMs[i];
        double flow = cashFlow(average, prices[i], rates[i]);
        cashFlowsOut[i] = flow;
        total += flow;
      }
    }
    // PIT: equivalent mutant (+ 0.0 → − 0.0): total starts at +0.0, so is never -0.0.
    return total + 0.0;
  }

  /**
   * The cash flow of a signed size at one payment: {@code -(|size| × price × rate)} for a
   * long, {@code +(|size| × price × rate)} for a short, in the same operations as
   * {@code FundingRate.cashFlow}.
   */
  static double cashFlow(double size, double price, double rate) {
    double paidByLong = Math.abs(size) * price * rate;
    // PIT: equivalent mutant (boundary): at size 0 both branches are ±0.0, then +0.0.
    return (size > 0 ? -paidByLong : paidByLong) + 0.0;
  }

  /** The size in effect just before {@code t}: the last change strictly before it, else 0. */
  static double sizeBefore(long[] changeMs, double[] sizes, long t) {
    int pos = Arrays.binarySearch(changeMs, t);
    // PIT: equivalent mutant (boundary): pos 0 gives -1 or -2, both "no change before".
    int lastBefore = (pos >= 0 ? pos : -pos - 1) - 1;
    return lastBefore < 0 ? 0.0 : sizes[lastBefore];
  }

  /**
   * The integral of the size over {@code (start, end]} in size × milliseconds: each change
   * takes effect from its instant on, the position is flat before the first.
   */
  static double heldMillis(long[] changeMs, double[] sizes, long start, long end) {
    return heldMillis(changeMs, sizes, firstAfter(changeMs, start), start, end);
  }

  /** As above, given {@code first}, the index of the first change strictly after start. */
  private static double heldMillis(long[] changeMs, double[] sizes, int first, long start,
      long end) {
    int j = first;
    double size = j == 0 ? 0.0 : sizes[j - 1];  // in effect at start (a change at start counts)
    long cursor = start;
    double sum = 0.0;
    // PIT: equivalent mutant (boundary): a change exactly at end adds its size × 0 ms.
    while (j < changeMs.length && changeMs[j] < end) {
      sum += size * (changeMs[j] - cursor);
      cursor = changeMs[j];
      size = sizes[j++];
    }
    return sum + size * (end - cursor);
  }

  /** The index of the first change strictly after {@code t}. */
  private static int firstAfter(long[] changeMs, long t) {
    int pos = Arrays.binarySearch(changeMs, t);
    return pos >= 0 ? pos + 1 : -pos - 1;
  }

  private static void checkSettlements(long[] settlementMs, long[] intervalMs, double[] rates,
      double[] prices) {
    ArgChecks.strictlyIncreasingEpochMillis("settlementMs", settlementMs);
    Objects.requireNonNull(intervalMs, "intervalMs");
    ArgChecks.allFinite("rates", rates);
    Objects.requireNonNull(prices, "prices");
    sameLength("intervalMs", intervalMs.length, "settlementMs", settlementMs.length);
    sameLength("rates", rates.length, "settlementMs", settlementMs.length);
    sameLength("prices", prices.length, "settlementMs", settlementMs.length);
    for (int i = 0; i < prices.length; i++) {
      if (!(prices[i] > 0) || prices[i] == Double.POSITIVE_INFINITY) {
        throw new IllegalArgumentException(
            "prices[" + i + "] must be > 0 and finite, was " + prices[i]);
      }
      if (intervalMs[i] <= 0) {
        throw new IllegalArgumentException(
            "intervalMs[" + i + "] must be > 0, was " + intervalMs[i]);
      }
    }
  }

  static void checkChanges(long[] changeMs, double[] sizes) {
    ArgChecks.strictlyIncreasingEpochMillis("changeMs", changeMs);
    ArgChecks.allFinite("sizes", sizes);
    sameLength("sizes", sizes.length, "changeMs", changeMs.length);
  }

  private static void sameLength(String name, int length, String otherName, int otherLength) {
    if (length != otherLength) {
      throw new IllegalArgumentException(name + ".length must equal " + otherName
          + ".length " + otherLength + ", was " + length);
    }
  }
}
