package dev.fundingkit.core.ledger;

import static dev.fundingkit.core.ledger.LedgerFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.rate.PositionSide;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FundingLedgerTest {

  private static final long SEED = 20261122L;
  private static final Duration H8 = Duration.ofHours(8);
  private static final Instant S1 = T0.plus(H8);
  private static final Instant S2 = S1.plus(H8);
  private static final List<Settlement> RUN = List.of(
      Settlement.of(T0, FundingRate.ofPercent(-0.01, H8), 100),
      Settlement.of(S1, FundingRate.ofPercent(-0.03, H8), 200),
      Settlement.of(S2, FundingRate.ofPercent(0.02, H8), 400));

  private static FundingLedger held(Instant entry, Instant exit) {
    return FundingLedger.of(RUN, PositionHistory.held(entry, exit, 2));
  }

  @Test
  void holdingWindow_isEntryExclusiveExitInclusive() {
    FundingLedger l = held(S1, S2);
    assertEquals(1, l.entries().size());
    assertEquals(S2, l.entries().get(0).settlement().time());
    assertEquals(-2 * 400 * 0.0002, l.total(), 1e-15);
    assertEquals(3, held(T0.minusSeconds(1), S2).entries().size());
    assertEquals(0, held(T0.plusSeconds(1), S1.minusSeconds(1)).entries().size());
  }

  @Test
  void tolerance_chargesEntriesJustAfterFunding_andSparesExitsJustAfter() {
    FundingLedger l = held(S1.plusSeconds(10), S2.plusSeconds(20))
        .withTolerance(FundingLedger.BINANCE_SNAPSHOT_TOLERANCE);
    assertEquals(List.of(S1, S2), l.entries().stream().map(e -> e.settlement().time()).toList());
    FundingLedger spared = held(S1.plusSeconds(20), S2.plusSeconds(10))
        .withTolerance(Duration.ofSeconds(15));
    assertEquals(0, spared.entries().size());
    assertEquals(Duration.ZERO, held(S1, S2).tolerance());
  }

  @Test
  void reverseCarry_longPerp_receivesNegativeFunding_atEachMark() {
    FundingLedger l = FundingLedger.of(RUN, PositionHistory.held(T0.minusSeconds(60), S1, 2));
    assertEquals(2 * 100 * 0.0001, l.entries().get(0).cashFlow(), 1e-18);
    assertEquals(2 * 200 * 0.0003, l.entries().get(1).cashFlow(), 1e-18);
    assertEquals(0.02 + 0.12, l.total(), 1e-15);
    assertEquals(l.total(), l.entries().get(1).cumulative(), 0);
  }

  @Test
  void sizeChangesAndFlips_areChargedPerSide() {
    PositionHistory p = PositionHistory.of(List.of(
        SizeChange.of(T0.minusSeconds(1), 1),
        SizeChange.of(T0.plusSeconds(60), 3),
        SizeChange.of(S1.plusSeconds(60), -2)));
    FundingLedger l = FundingLedger.of(RUN, p);
    double atT0 = 1 * 100 * 0.0001;
    double atS1 = 3 * 200 * 0.0003;
    double atS2 = 2 * 400 * 0.0002;
    assertEquals(atT0 + atS1, l.total(PositionSide.LONG), 1e-15);
    assertEquals(atS2, l.total(PositionSide.SHORT), 1e-15);
    assertEquals(atT0 + atS1 + atS2, l.total(), 1e-15);
    assertEquals(atS1, l.accrued(T0, S1), 1e-15);
  }

  @Test
  void intervalChangeMidHolding_usesEachSettlementsOwnRate() {
    Duration h1 = Duration.ofHours(1);
    List<Settlement> run = List.of(
        Settlement.of(S1, FundingRate.ofPercent(-0.04, H8), 100),
        Settlement.of(S1.plus(h1), FundingRate.ofPercent(-0.005, h1), 100),
        Settlement.of(S1.plus(h1.multipliedBy(2)), FundingRate.ofPercent(-0.005, h1), 100));
    FundingLedger l = FundingLedger.of(run, PositionHistory.held(T0, S2, 1));
    assertEquals(100 * (0.0004 + 0.00005 + 0.00005), l.total(), 1e-15);
  }

  @Test
  void badInput_namesParameterAndValue() {
    List<Settlement> unsorted = List.of(RUN.get(1), RUN.get(0));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FundingLedger.of(unsorted, PositionHistory.held(T0, S2, 1)));
    assertEquals("settlements.time must be strictly increasing, but settlements.time[1]=" + T0
        + " is before settlements.time[0]=" + S1, e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> held(T0, S2).withTolerance(Duration.ofSeconds(-1)));
    assertEquals("tolerance must be >= 0, was PT-1S", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> held(T0, S2).accrued(S2, T0));
    assertEquals("to must not be before from " + S2 + ", was " + T0, e.getMessage());
  }

  @Test
  void nullsAndEquality() {
    NullPointerTester npt = new NullPointerTester()
        .setDefault(PositionHistory.class, PositionHistory.held(T0, S2, 1))
        .setDefault(Instant.class, T0);
    npt.testAllPublicStaticMethods(FundingLedger.class);
    npt.testAllPublicInstanceMethods(held(T0, S2));
    new EqualsTester()
        .addEqualityGroup(held(T0, S2), held(T0, S2))
        .addEqualityGroup(held(T0, S1))
        .addEqualityGroup(held(T0, S2).withTolerance(Duration.ofSeconds(15)))
        .addEqualityGroup(FundingLedger.of(RUN.subList(0, 2), PositionHistory.held(T0, S2, 2)))
        .testEquals();
    assertEquals(held(T0, S1), held(T0, S2).withPosition(PositionHistory.held(T0, S1, 2)));
    assertTrue(held(T0, S2).toString().contains("2 of 3 settlements charged"));
  }

  @Test
  void law_longAndShortLedgersOfTheSamePosition_sumToExactlyZero() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(longs().all(), integers().between(1, 60), integers().between(1, 12))
        .check((seed, n, k) -> {
          SplittableRandom rnd = new SplittableRandom(seed);
          List<Settlement> run = LedgerFixtures.settlements(rnd, n);
          PositionHistory p = LedgerFixtures.position(rnd, run, k, 0);
          FundingLedger mine = FundingLedger.of(run, p);
          FundingLedger theirs = mine.withPosition(p.mirrored());
          return mine.total() + theirs.total() == 0.0
              && mine.total(PositionSide.LONG) + theirs.total(PositionSide.SHORT) == 0.0;
        });
  }

  @Test
  void law_accrualOverAHolding_equalsTheSumOverAnySplitOfIt() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(longs().all(), integers().between(1, 60))
        .check((seed, n) -> {
          SplittableRandom rnd = new SplittableRandom(seed);
          List<Settlement> run = LedgerFixtures.settlements(rnd, n);
          long span = Duration.between(T0, run.get(n - 1).time()).toSeconds() + 100;
          long[] cut = rnd.longs(3, 0, span).sorted().toArray();
          if (cut[0] == cut[1] || cut[1] == cut[2]) {
            return true;
          }
          Instant a = T0.plusSeconds(cut[0]);
          Instant b = rnd.nextBoolean() ? T0.plusSeconds(cut[1]) : run.get(rnd.nextInt(n)).time();
          Instant c = T0.plusSeconds(cut[2]);
          if (!b.isAfter(a) || !c.isAfter(b)) {
            return true;
          }
          double size = rnd.nextDouble(-10, 10);
          Duration tol = Duration.ofSeconds(rnd.nextInt(30));
          FundingLedger whole =
              FundingLedger.of(run, PositionHistory.held(a, c, size)).withTolerance(tol);
          double first = whole.withPosition(PositionHistory.held(a, b, size)).total();
          double second = whole.withPosition(PositionHistory.held(b, c, size)).total();
          double scale = whole.entries().stream().mapToDouble(e -> Math.abs(e.cashFlow())).sum();
          return Math.abs(whole.total() - (first + second)) <= 1e-12 * Math.max(scale, 1e-300)
              && whole.entries().size() == whole.withPosition(PositionHistory.held(a, b, size))
                  .entries().size() + whole.withPosition(PositionHistory.held(b, c, size))
                  .entries().size();
        });
  }

  @Test
  void law_perSideTotals_sumToTheTotal_andCumulativeIsTheRunningSum() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(longs().all(), integers().between(1, 60), integers().between(1, 12))
        .check((seed, n, k) -> {
          SplittableRandom rnd = new SplittableRandom(seed);
          List<Settlement> run = LedgerFixtures.settlements(rnd, n);
          FundingLedger l = FundingLedger.of(run, LedgerFixtures.position(rnd, run, k, 0));
          double running = 0;
          for (LedgerEntry e : l.entries()) {
            running += e.cashFlow();
            if (running != e.cumulative()) {
              return false;
            }
          }
          double bySide = l.total(PositionSide.LONG) + l.total(PositionSide.SHORT);
          return Math.abs(bySide - l.total()) <= 1e-12 * Math.max(1, Math.abs(running) * 10);
        });
  }
}
