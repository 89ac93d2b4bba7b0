package dev.fundingkit.core.ledger;

import dev.fundingkit.core.ArgChecks;
import java.util.Objects;

/**
 * The {@link FundingLedger} rule over primitive arrays, for backtests over long histories:
 * settlement times in epoch milliseconds with each settlement's rate (fraction per its own
 * interval) and mark price. Allocates nothing; validates every input before writing anything.
 *
 * <p>Settlement {@code i} charges the size of the last change strictly before
 * {@code settlementMs[i] + toleranceMs}; the cash flow is
 * {@code -(|size| × mark × rate)} for a long, {@code +(|size| × mark × rate)} for a short,
 * bit for bit what the object form computes.
 *
 * <p>Stateless and thread-safe (callers own the output arrays).
 */
public final class FundingAccrual {

  private FundingAccrual() {}

  /**
   * Accrues funding for a position whose size changes through time, writing each settlement's
   * cash flow (zero when flat).
   *
   * @param settlementMs settlement instants in epoch ms, strictly increasing
   * @param rates each settlement's rate, finite, same length
   * @param marks each settlement's mark price, positive, same length
   * @param changeMs size-change instants in epoch ms, strictly increasing
   * @param sizes the signed size from each change on, finite, same length as {@code changeMs}
   * @param toleranceMs the snapshot lag, zero or more
   * @param cashFlowsOut receives each settlement's cash flow, same length as
   *     {@code settlementMs}
   * @return the total cash flow
   * @throws NullPointerException if an array is null
   * @throws IllegalArgumentException naming the array and index of the first bad element,
   *     or a length mismatch
   */
  public static double accrue(long[] settlementMs, double[] rates, double[] marks,
      long[] changeMs, double[] sizes, long toleranceMs, double[] cashFlowsOut) {
    checkSettlements(settlementMs, rates, marks);
    ArgChecks.strictlyIncreasingEpochMillis("changeMs", changeMs);
    ArgChecks.allFinite("sizes", sizes);
    sameLength("sizes", sizes.length, "changeMs", changeMs.length);
    Objects.requireNonNull(cashFlowsOut, "cashFlowsOut");
    sameLength("cashFlowsOut", cashFlowsOut.length, "settlementMs", settlementMs.length);
    checkTolerance(toleranceMs);
    int next = 0;
    double size = 0.0;
    double total = 0.0;
    for (int i = 0; i < settlementMs.length; i++) {
      long snapshot = settlementMs[i] + toleranceMs;
      while (next < changeMs.length && changeMs[next] < snapshot) {
        size = sizes[next++];
      }
      double flow = cashFlow(size, marks[i], rates[i]);
      cashFlowsOut[i] = flow;
      total += flow;
    }
    return total + 0.0;
  }

  /**
   * Accrues funding for one holding of constant size: the settlements with
   * {@code entryMs < settlementMs[i] + toleranceMs <= exitMs}.
   *
   * @param settlementMs settlement instants in epoch ms, strictly increasing
   * @param rates each settlement's rate, finite, same length
   * @param marks each settlement's mark price, positive, same length
   * @param entryMs when the position opens, epoch ms
   * @param exitMs when it closes, epoch ms, after {@code entryMs}
   * @param size the signed size, finite
   * @param toleranceMs the snapshot lag, zero or more
   * @return the total cash flow
   * @throws NullPointerException if an array is null
   * @throws IllegalArgumentException naming the bad argument or element
   */
  public static double accrue(long[] settlementMs, double[] rates, double[] marks,
      long entryMs, long exitMs, double size, long toleranceMs) {
    checkSettlements(settlementMs, rates, marks);
    if (exitMs <= entryMs) {
      throw new IllegalArgumentException(
          "exitMs must be after entryMs " + entryMs + ", was " + exitMs);
    }
    ArgChecks.finite("size", size);
    checkTolerance(toleranceMs);
    double total = 0.0;
    for (int i = 0; i < settlementMs.length; i++) {
      long snapshot = settlementMs[i] + toleranceMs;
      if (entryMs < snapshot && snapshot <= exitMs) {
        total += cashFlow(size, marks[i], rates[i]);
      }
    }
    return total + 0.0;
  }

  // Same operations in the same order as FundingRate.cashFlow, so both forms agree exactly.
  private static double cashFlow(double size, double mark, double rate) {
    double paidByLong = Math.abs(size) * mark * rate;
    return (size > 0 ? -paidByLong : paidByLong) + 0.0;
  }

  private static void checkSettlements(long[] settlementMs, double[] rates, double[] marks) {
    ArgChecks.strictlyIncreasingEpochMillis("settlementMs", settlementMs);
    ArgChecks.allFinite("rates", rates);
    Objects.requireNonNull(marks, "marks");
    sameLength("rates", rates.length, "settlementMs", settlementMs.length);
    sameLength("marks", marks.length, "settlementMs", settlementMs.length);
    for (int i = 0; i < marks.length; i++) {
      if (!(marks[i] > 0) || marks[i] == Double.POSITIVE_INFINITY) {
        throw new IllegalArgumentException(
            "marks[" + i + "] must be > 0 and finite, was " + marks[i]);
      }
    }
  }

  private static void checkTolerance(long toleranceMs) {
    if (toleranceMs < 0) {
      throw new IllegalArgumentException("toleranceMs must be >= 0, was " + toleranceMs);
    }
  }

  private static void sameLength(String name, int length, String otherName, int otherLength) {
    if (length != otherLength) {
      throw new IllegalArgumentException(name + ".length must equal " + otherName
          + ".length " + otherLength + ", was " + length);
    }
  }
}
