package dev.fundingkit.core.ledger;

import static dev.fundingkit.core.ledger.LedgerFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FundingAccrualTest {

  private static final long SEED = 20261122L;
  private static final long H8 = 8 * 3_600_000L;
  private static final long[] TIMES = {0, H8, 2 * H8};
  private static final double[] RATES = {-0.0001, -0.0003, 0.0002};
  private static final double[] MARKS = {100, 200, 400};

  @Test
  void constantHolding_paysEntryExclusiveExitInclusive() {
    assertEquals(-2 * 400 * 0.0002, FundingAccrual.accrue(TIMES, RATES, MARKS, H8, 2 * H8, 2, 0),
        1e-15);
    assertEquals(2 * 200 * 0.0003 - 2 * 400 * 0.0002,
        FundingAccrual.accrue(TIMES, RATES, MARKS, H8 - 1, 2 * H8, 2, 0), 1e-15);
    assertEquals(0.0, FundingAccrual.accrue(TIMES, RATES, MARKS, H8 + 10_000, 2 * H8 + 20_000,
        2, 15_000) - 2 * 200 * 0.0003 + 2 * 400 * 0.0002, 1e-15);
  }

  @Test
  void sizePath_writesEachSettlementsCashFlow() {
    double[] out = new double[3];
    double total = FundingAccrual.accrue(TIMES, RATES, MARKS,
        new long[] {-1, 60_000, H8 + 60_000}, new double[] {1, 3, -2}, 0, out);
    assertArrayEquals(new double[] {0.01, 3 * 200 * 0.0003, 2 * 400 * 0.0002}, out, 1e-15);
    assertEquals(out[0] + out[1] + out[2], total, 0);
  }

  @Test
  void sizePath_changeExactlyAtASnapshot_isNotYetInEffect() {
    double[] out = new double[3];
    FundingAccrual.accrue(TIMES, RATES, MARKS, new long[] {H8, 2 * H8}, new double[] {1, 0}, 0,
        out);
    assertArrayEquals(new double[] {0, 0, -400 * 0.0002}, out, 1e-18);
    FundingAccrual.accrue(TIMES, RATES, MARKS, new long[] {H8 + 15_000, 2 * H8 + 15_000},
        new double[] {1, 0}, 15_000, out);
    assertArrayEquals(new double[] {0, 0, -400 * 0.0002}, out, 1e-18);
  }

  @Test
  void badInput_namesArrayIndexAndValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FundingAccrual.accrue(TIMES, RATES, new double[] {1, -1, 1}, 0, 1, 1, 0));
    assertEquals("marks[1] must be > 0 and finite, was -1.0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> FundingAccrual.accrue(TIMES, new double[] {0, Double.NaN, 0}, MARKS, 0, 1, 1, 0));
    assertEquals("rates[1] must be finite, was NaN", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> FundingAccrual.accrue(new long[] {0, 0, 1}, RATES, MARKS, 0, 1, 1, 0));
    assertEquals("settlementMs must be strictly increasing, but settlementMs[1]=0"
        + " (1970-01-01T00:00:00Z) duplicates settlementMs[0]=0 (1970-01-01T00:00:00Z)",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> FundingAccrual.accrue(TIMES, RATES, new double[2], 0, 1, 1, 0));
    assertEquals("marks.length must equal settlementMs.length 3, was 2", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> FundingAccrual.accrue(TIMES, RATES, MARKS, 5, 5, 1, 0));
    assertEquals("exitMs must be after entryMs 5, was 5", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> FundingAccrual.accrue(TIMES, RATES, MARKS, 0, 1, 1, -1));
    assertEquals("toleranceMs must be >= 0, was -1", e.getMessage());
    double[] out = {7, 7, 7};
    assertThrows(IllegalArgumentException.class, () -> FundingAccrual.accrue(TIMES, RATES,
        MARKS, new long[] {0}, new double[] {Double.NaN}, 0, out));
    assertArrayEquals(new double[] {7, 7, 7}, out, 0);
  }

  @Test
  void nulls_areRejected() {
    new NullPointerTester().testAllPublicStaticMethods(FundingAccrual.class);
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
          FundingLedger ledger = FundingLedger.of(run, p)
              .withTolerance(java.time.Duration.ofSeconds(tolSec));
          long[] t = run.stream().mapToLong(s -> s.time().toEpochMilli()).toArray();
          double[] r = run.stream().mapToDouble(s -> s.rate().value()).toArray();
          double[] m = run.stream().mapToDouble(Settlement::markPrice).toArray();
          long[] ct = p.changes().stream().mapToLong(c -> c.time().toEpochMilli()).toArray();
          double[] cs = p.changes().stream().mapToDouble(SizeChange::size).toArray();
          double[] out = new double[n];
          double total = FundingAccrual.accrue(t, r, m, ct, cs, tolSec * 1000L, out);
          double[] expected = new double[n];
          for (LedgerEntry e : ledger.entries()) {
            expected[run.indexOf(e.settlement())] = e.cashFlow();
          }
          return total == ledger.total() && java.util.Arrays.equals(out, expected);
        });
  }

  @Test
  void law_constantHolding_equalsTheSizePathOfOneEntryAndExit() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(longs().all(), integers().between(1, 60))
        .check((seed, n) -> {
          SplittableRandom rnd = new SplittableRandom(seed);
          List<Settlement> run = LedgerFixtures.settlements(rnd, n);
          long[] t = run.stream().mapToLong(s -> s.time().toEpochMilli()).toArray();
          double[] r = run.stream().mapToDouble(s -> s.rate().value()).toArray();
          double[] m = run.stream().mapToDouble(Settlement::markPrice).toArray();
          long entry = T0.toEpochMilli() + rnd.nextLong(0, t[n - 1] - T0.toEpochMilli() + 1);
          long exit = entry + 1 + rnd.nextLong(0, 3 * 8 * 3_600_000L);
          double size = rnd.nextDouble(-5, 5);
          long tol = rnd.nextLong(0, 20_000);
          double constant = FundingAccrual.accrue(t, r, m, entry, exit, size, tol);
          double path = FundingAccrual.accrue(t, r, m, new long[] {entry, exit},
              new double[] {size, 0}, tol, new double[n]);
          return constant == path;
        });
  }
}
