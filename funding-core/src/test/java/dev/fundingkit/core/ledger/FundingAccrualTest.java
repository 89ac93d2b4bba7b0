package dev.fundingkit.core.ledger;

import static dev.fundingkit.core.ledger.LedgerFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.venue.Accrual;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FundingAccrualTest {

  private static final long SEED = 20261122L;
  private static final long H8 = 8 * 3_600_000L;
  private static final long[] TIMES = {0, H8, 2 * H8};
  private static final long[] INTERVALS = {H8, H8, H8};
  private static final double[] RATES = {-0.0001, -0.0003, 0.0002};
  private static final double[] MARKS = {100, 200, 400};
  private static final PaymentTerms AT = PaymentTerms.defaults();
  private static final PaymentTerms CONTINUOUS = AT.withAccrual(Accrual.CONTINUOUS);

  @Test
  void sizePath_writesEachSettlementsCashFlow() {
    double[] out = new double[3];
    double total = FundingAccrual.accrue(TIMES, INTERVALS, RATES, MARKS,
        new long[] {-1, 60_000, H8 + 60_000}, new double[] {1, 3, -2}, AT, out);
    // long 1 × 100 × 0.0001; long 3 × 200 × 0.0003; short 2 × 400 × 0.0002, all received
    assertArrayEquals(new double[] {0.01, 0.18, 0.16}, out, 1e-15);
    assertEquals(out[0] + out[1] + out[2], total, 0);
  }

  @Test
  void sizePath_changeExactlyAtASnapshot_isNotYetInEffect() {
    double[] out = new double[3];
    FundingAccrual.accrue(TIMES, INTERVALS, RATES, MARKS, new long[] {H8, 2 * H8},
        new double[] {1, 0}, AT, out);
    assertArrayEquals(new double[] {0, 0, -400 * 0.0002}, out, 1e-18);
    FundingAccrual.accrue(TIMES, INTERVALS, RATES, MARKS,
        new long[] {H8 + 15_000, 2 * H8 + 15_000}, new double[] {1, 0},
        AT.withSnapshotTolerance(Duration.ofSeconds(15)), out);
    assertArrayEquals(new double[] {0, 0, -400 * 0.0002}, out, 1e-18);
  }

  @Test
  void continuous_prorataByTimeHeldInEachInterval() {
    double[] out = new double[3];
    // long 1 from 2 h before H8 until 4 h after it: 2/8 of settlement 1, 4/8 of settlement 2
    FundingAccrual.accrue(TIMES, INTERVALS, RATES, MARKS,
        new long[] {H8 - H8 / 4, H8 + H8 / 2}, new double[] {1, 0}, CONTINUOUS, out);
    // 0.25 × 200 × 0.0003 = 0.015 received; 0.5 × 400 × 0.0002 = 0.04 paid
    assertArrayEquals(new double[] {0, 0.015, -0.04}, out, 1e-15);
  }

  @Test
  void badInput_namesArrayIndexAndValue() {
    long[] ct = {0};
    double[] cs = {1};
    double[] out3 = new double[3];
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FundingAccrual.accrue(TIMES, INTERVALS, RATES, new double[] {1, -1, 1}, ct, cs,
            AT, out3));
    assertEquals("prices[1] must be > 0 and finite, was -1.0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> FundingAccrual.accrue(TIMES, new long[] {H8, 0, H8}, RATES, MARKS, ct, cs, AT,
            out3));
    assertEquals("intervalMs[1] must be > 0, was 0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> FundingAccrual.accrue(TIMES, INTERVALS, new double[] {0, Double.NaN, 0}, MARKS,
            ct, cs, AT, out3));
    assertEquals("rates[1] must be finite, was NaN", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> FundingAccrual.accrue(TIMES, INTERVALS, RATES, new double[2], ct, cs, AT, out3));
    assertEquals("prices.length must equal settlementMs.length 3, was 2", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> FundingAccrual.accrue(TIMES, INTERVALS, RATES, MARKS, ct, cs, AT, new double[2]));
    assertEquals("cashFlowsOut.length must equal settlementMs.length 3, was 2",
        e.getMessage());
    double[] out = {7, 7, 7};
    assertThrows(IllegalArgumentException.class, () -> FundingAccrual.accrue(TIMES, INTERVALS,
        RATES, MARKS, new long[] {0}, new double[] {Double.NaN}, AT, out));
    assertArrayEquals(new double[] {7, 7, 7}, out, 0);
  }

  @Test
  void nulls_areRejected() {
    new NullPointerTester().setDefault(PaymentTerms.class, AT)
        .testAllPublicStaticMethods(FundingAccrual.class);
  }

  /**
   * The bulk path allocates nothing per settlement: a million settlements with a thousand size
   * changes, measured with the JVM's per-thread allocation counter, allocate less than 4 KiB
   * (the warmed-up loop allocates nothing; the slack covers the counter's own granularity).
   */
  @Test
  void bulkPath_allocatesNothingPerSettlement() {
    com.sun.management.ThreadMXBean bean =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    int n = 1_000_000;
    long[] t = new long[n];
    long[] iv = new long[n];
    double[] r = new double[n];
    double[] p = new double[n];
    SplittableRandom rnd = new SplittableRandom(SEED);
    for (int i = 0; i < n; i++) {
      t[i] = i * 3_600_000L;
      iv[i] = 3_600_000L;
      r[i] = rnd.nextDouble(-0.001, 0.001);
      p[i] = rnd.nextDouble(100, 200);
    }
    long[] ct = new long[1000];
    double[] cs = new double[1000];
    for (int j = 0; j < ct.length; j++) {
      ct[j] = j * 1000L * 3_600_000L + 1;
      cs[j] = j % 2 == 0 ? 1.5 : -0.5;
    }
    double[] out = new double[n];
    for (int warm = 0; warm < 3; warm++) {
      FundingAccrual.accrue(t, iv, r, p, ct, cs, AT, out);
      FundingAccrual.accrue(t, iv, r, p, ct, cs, CONTINUOUS, out);
    }
    long before = bean.getCurrentThreadAllocatedBytes();
    FundingAccrual.accrue(t, iv, r, p, ct, cs, AT, out);
    FundingAccrual.accrue(t, iv, r, p, ct, cs, CONTINUOUS, out);
    long allocated = bean.getCurrentThreadAllocatedBytes() - before;
    assertTrue(allocated < 4096, "allocated " + allocated + " bytes for 2 × 10^6 settlements");
  }

  @Test
  void law_bulkForm_equalsObjectForm_bitForBit() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(longs().all(), integers().between(1, 60), integers().between(1, 12),
            integers().between(-10, 30).map(s -> Math.max(0, s)))
        .check((seed, n, k, tolSec) -> {
          SplittableRandom rnd = new SplittableRandom(seed);
          List<Settlement> run = LedgerFixtures.settlements(rnd, n);
          PositionHistory p = LedgerFixtures.position(rnd, run, k, tolSec);
          PaymentTerms terms = AT.withSnapshotTolerance(Duration.ofSeconds(tolSec))
              .withAccrual(rnd.nextBoolean() ? Accrual.CONTINUOUS : Accrual.AT_SETTLEMENT);
          FundingLedger ledger = FundingLedger.of(run, p, terms);
          long[] t = run.stream().mapToLong(s -> s.time().toEpochMilli()).toArray();
          long[] iv = run.stream().mapToLong(s -> s.rate().interval().toMillis()).toArray();
          double[] r = run.stream().mapToDouble(s -> s.rate().value()).toArray();
          double[] m = run.stream().mapToDouble(Settlement::price).toArray();
          long[] ct = p.changes().stream().mapToLong(c -> c.time().toEpochMilli()).toArray();
          double[] cs = p.changes().stream().mapToDouble(SizeChange::size).toArray();
          double[] out = new double[n];
          double total = FundingAccrual.accrue(t, iv, r, m, ct, cs, terms, out);
          Map<Instant, Double> byTime = new HashMap<>();
          double sum = 0;
          for (LedgerEntry e : ledger.entries()) {
            if (e.settlement().isPresent() && e.time().equals(e.settlement().get().time())) {
              byTime.put(e.time(), e.cashFlow().orElseThrow());
              sum += e.cashFlow().orElseThrow();
            }
          }
          long tol = terms.snapshotTolerance().toMillis();
          boolean continuous = terms.accrual() == Accrual.CONTINUOUS;
          for (int i = 0; i < n; i++) {
            if (byTime.get(run.get(i).time()) != out[i]) {
              return false;
            }
            // The object form and the bulk form share their arithmetic, so each is also
            // checked against a brute-force oracle written here from the definition.
            double expected = continuous
                ? oracleContinuous(t[i] - iv[i], t[i], ct, cs, r[i], m[i])
                : oracleAtSettlement(t[i] + tol, ct, cs, r[i], m[i]);
            if (Math.abs(out[i] - expected) > 1e-12 * Math.max(1, Math.abs(expected))) {
              return false;
            }
          }
          return total == sum + 0.0 && T0.isBefore(run.get(0).time());
        });
  }
  /** Size of the last change strictly before {@code t}, by linear scan; 0 before any. */
  private static double sizeStrictlyBefore(long[] ct, double[] cs, long t) {
    double size = 0;
    for (int j = 0; j < ct.length && ct[j] < t; j++) {
      size = cs[j];
    }
    return size;
  }

  /** A long pays a positive rate on its value; a short receives it. */
  private static double flowOf(double size, double rate, double price) {
    return -size * price * rate;
  }

  private static double oracleAtSettlement(long snapshot, long[] ct, double[] cs, double rate,
      double price) {
    return flowOf(sizeStrictlyBefore(ct, cs, snapshot), rate, price);
  }

  /** The time-weighted size over [start, end), a change at an instant in effect from it. */
  private static double oracleContinuous(long start, long end, long[] ct, double[] cs,
      double rate, double price) {
    double held = 0;
    long from = start;
    double size = sizeStrictlyBefore(ct, cs, start + 1);
    for (int j = 0; j < ct.length; j++) {
      if (ct[j] > start && ct[j] < end) {
        held += size * (ct[j] - from);
        from = ct[j];
        size = cs[j];
      }
    }
    held += size * (end - from);
    return flowOf(held / (end - start), rate, price);
  }

  // ---------------------------------------------------------------- mutation-testing additions

  @Test
  void continuous_overlappingIntervals_rewindToTheEarlierStart() {
    // settlements at 8 h (4 h interval, from 4 h) and 9 h (8 h interval, from 1 h); long 1 from
    // 2 h, long 2 from 6 h. By hand: (4 h, 8 h] holds 1 × 2 h + 2 × 2 h = 6 size-hours over
    // 4 h = 1.5; (1 h, 9 h] holds 0 × 1 h + 1 × 4 h + 2 × 3 h = 10 over 8 h = 1.25. Flow of a
    // long at price 100, rate 0.0001: -(size × 0.01).
    long h = 3_600_000L;
    double[] out = new double[2];
    double total = FundingAccrual.accrue(new long[] {8 * h, 9 * h}, new long[] {4 * h, 8 * h},
        new double[] {0.0001, 0.0001}, new double[] {100, 100}, new long[] {2 * h, 6 * h},
        new double[] {1, 2}, CONTINUOUS, out);
    assertArrayEquals(new double[] {-0.015, -0.0125}, out, 1e-15);
    assertEquals(-0.0275, total, 1e-15);
  }

  @Test
  void flatPositionOnANegativeRate_flowsPositiveZero() {
    // 0 × 100 × -0.0001 is -0.0; the house normalises every zero to +0.0
    double[] out = new double[1];
    FundingAccrual.accrue(new long[] {H8}, new long[] {H8}, new double[] {-0.0001},
        new double[] {100}, new long[0], new double[0], AT, out);
    assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(out[0]));
  }

  @Test
  void moreBadInput_namesTheArrayAndLength() {
    long[] ct = {0};
    double[] cs = {1};
    double[] out3 = new double[3];
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FundingAccrual.accrue(TIMES, new long[] {H8, H8}, RATES, MARKS, ct, cs, AT,
            out3));
    assertEquals("intervalMs.length must equal settlementMs.length 3, was 2", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> FundingAccrual.accrue(TIMES, INTERVALS, new double[] {0, 0}, MARKS, ct, cs, AT,
            out3));
    assertEquals("rates.length must equal settlementMs.length 3, was 2", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> FundingAccrual.accrue(TIMES, INTERVALS, RATES, new double[] {1, 0, 1}, ct, cs, AT,
            out3));
    assertEquals("prices[1] must be > 0 and finite, was 0.0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> FundingAccrual.accrue(TIMES, INTERVALS, RATES, MARKS, ct, new double[] {1, 2}, AT,
            out3));
    assertEquals("sizes.length must equal changeMs.length 1, was 2", e.getMessage());
  }
}
