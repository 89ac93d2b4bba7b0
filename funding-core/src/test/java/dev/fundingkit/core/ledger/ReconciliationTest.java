package dev.fundingkit.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconciliationTest {

  private static final Duration H4 = Duration.ofHours(4);
  private static final Duration H8 = Duration.ofHours(8);
  private static final Instant T0 = Instant.parse("2025-10-01T00:00:00Z");
  private static final Instant T1 = T0.plus(H8);
  private static final Instant T2 = T1.plus(H8);
  private static final Instant T3 = T2.plus(H8);
  private static final Instant T4 = T3.plus(H8);
  private static final Instant T5 = T4.plus(H8);
  private static final Duration MINUTE = Duration.ofMinutes(1);

  /**
   * Binance's documented rule (venues.md 3.6: amount = mark × size × F): long 0.5 BTCUSDT at
   * mark 60,000 from T0, closed at T4. Each 0.01% costs 0.5 × 60,000 × 0.0001 = 3 USDT:
   * T1 +0.01% → −3, T2 +0.02% → −6, T3 −0.01% → +3, T4 +0.01% → −3, T5 flat → 0.
   */
  private static FundingLedger binance() {
    List<Settlement> run = List.of(
        Settlement.of(T1, FundingRate.ofPercent(0.01, H8), 60_000),
        Settlement.of(T2, FundingRate.ofPercent(0.02, H8), 60_000),
        Settlement.of(T3, FundingRate.ofPercent(-0.01, H8), 60_000),
        Settlement.of(T4, FundingRate.ofPercent(0.01, H8), 60_000),
        Settlement.of(T5, FundingRate.ofPercent(0.01, H8), 60_000));
    return FundingLedger.of(run, PositionHistory.held(T0, T4, 0.5));
  }

  @Test
  void binance_oneOfEachDefect_withTheDifferenceInQuoteCurrency() {
    List<VenuePayment> history = List.of(
        VenuePayment.of(T1.plusSeconds(2), -3.0),              // matched, booked 2 s late
        VenuePayment.of(T1.plus(H4), -2.0),                    // extra: no settlement at 12:00
        // T2's −6 is not in the history: missing
        VenuePayment.of(T3.plusSeconds(1), 3.5),               // mismatched: +0.5 more
        VenuePayment.of(T4, -3.0),                             // matched
        VenuePayment.of(T5, -1.0));                            // extra: the position was flat
    Reconciliation r = Reconciliation.of(binance(), history, 1e-9, MINUTE);
    assertEquals(List.of(ReconciliationStatus.MATCHED, ReconciliationStatus.EXTRA,
        ReconciliationStatus.MISSING, ReconciliationStatus.MISMATCHED,
        ReconciliationStatus.MATCHED, ReconciliationStatus.EXTRA),
        r.lines().stream().map(ReconciledPayment::status).toList());
    ReconciledPayment missing = r.lines(ReconciliationStatus.MISSING).get(0);
    assertEquals(T2, missing.time());
    assertEquals(-6.0, missing.expected().orElseThrow(), 1e-9);
    assertEquals(0.0, missing.actual(), 0);
    assertEquals(6.0, missing.difference().orElseThrow(), 1e-9);
    ReconciledPayment mismatched = r.lines(ReconciliationStatus.MISMATCHED).get(0);
    assertEquals(0.5, mismatched.difference().orElseThrow(), 1e-9);   // 3.5 − 3
    assertEquals(-2.0, r.lines().get(1).difference().orElseThrow(), 0);
    assertTrue(r.lines().get(1).entry().isEmpty());
    assertEquals(-1.0, r.lines().get(5).difference().orElseThrow(), 1e-12);
    // 0 − 2 + 6 + 0.5 + 0 − 1 = 3.5
    assertEquals(3.5, r.totalDifference(), 1e-9);
    assertFalse(r.isClean());
    assertEquals("Reconciliation[2 matched, 1 missing, 2 extra, 1 mismatched]", r.toString());
  }

  @Test
  void bybit_documentedFeeMatches_andAWideToleranceAcceptsRounding() {
    // Bybit (venues.md 5.4): fee = qty × mark × F. Short 2 BTCUSDT at 50,000, F −0.005%/4h:
    // the short pays 2 × 50,000 × 0.00005 = 5 USDT at 04:00.
    FundingLedger l = FundingLedger.of(
        List.of(Settlement.of(T0.plus(H4), FundingRate.ofPercent(-0.005, H4), 50_000)),
        PositionHistory.held(T0, T0.plus(H4), -2));
    Reconciliation clean = Reconciliation.of(l,
        List.of(VenuePayment.of(T0.plus(H4).plusSeconds(5), -5.0)), 1e-9, MINUTE);
    assertTrue(clean.isClean());
    assertEquals(0.0, clean.totalDifference(), 1e-9);
    Reconciliation rounded = Reconciliation.of(l,
        List.of(VenuePayment.of(T0.plus(H4), -5.004)), 0.01, Duration.ZERO);
    assertTrue(rounded.isClean());
    Reconciliation tooLate = Reconciliation.of(l,
        List.of(VenuePayment.of(T0.plus(H4).plus(Duration.ofMinutes(2)), -5.0)), 0.01, MINUTE);
    assertEquals(List.of(ReconciliationStatus.MISSING, ReconciliationStatus.EXTRA),
        tooLate.lines().stream().map(ReconciledPayment::status).toList());
  }

  @Test
  void aPaymentAtASettlementTheDataLacks_isExtraWithNoFigure() {
    List<Settlement> holed = List.of(Settlement.of(T1, FundingRate.ofPercent(0.01, H8), 100),
        Settlement.of(T3, FundingRate.ofPercent(0.01, H8), 100));
    FundingLedger l = FundingLedger.of(holed, PositionHistory.held(T0, T3, 1));
    Reconciliation r = Reconciliation.of(l, List.of(VenuePayment.of(T1, -0.01),
        VenuePayment.of(T2, -0.01), VenuePayment.of(T3, -0.01)), 1e-12, MINUTE);
    ReconciledPayment atGap = r.lines().get(1);
    assertEquals(ReconciliationStatus.EXTRA, atGap.status());
    assertTrue(atGap.expected().isEmpty());
    assertTrue(atGap.difference().isEmpty());
    assertEquals(0.0, r.totalDifference(), 1e-15);
    assertTrue(atGap.toString().startsWith("EXTRA " + T2 + " expected unknown"));
  }

  @Test
  void badInput_namesParameterAndValue() {
    assertEquals("amountTolerance must be >= 0, was -1.0", assertThrows(
        IllegalArgumentException.class,
        () -> Reconciliation.of(binance(), List.of(), -1, MINUTE)).getMessage());
    assertEquals("timeTolerance must be >= 0, was PT-1M", assertThrows(
        IllegalArgumentException.class,
        () -> Reconciliation.of(binance(), List.of(), 0, MINUTE.negated())).getMessage());
  }

  @Test
  void nullsAndEquality() {
    NullPointerTester npt = new NullPointerTester()
        .setDefault(FundingLedger.class, binance()).setDefault(Duration.class, MINUTE);
    npt.testAllPublicStaticMethods(Reconciliation.class);
    Reconciliation r = Reconciliation.of(binance(), List.of(VenuePayment.of(T1, -3)), 0, MINUTE);
    npt.testAllPublicInstanceMethods(r);
    npt.testAllPublicInstanceMethods(r.lines().get(0));
    new EqualsTester()
        .addEqualityGroup(r, Reconciliation.of(binance(), List.of(VenuePayment.of(T1, -3)), 0,
            MINUTE))
        .addEqualityGroup(Reconciliation.of(binance(), List.of(), 0, MINUTE))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(r.lines().get(0), Reconciliation.of(binance(),
            List.of(VenuePayment.of(T1, -3)), 0, MINUTE).lines().get(0))
        .addEqualityGroup(r.lines().get(1))
        .testEquals();
  }

  // ---------------------------------------------------------------- mutation-testing additions

  @Test
  void historyOutOfOrder_isSortedBeforeMatching() {
    FundingLedger l = binance();
    List<VenuePayment> reversed = List.of(VenuePayment.of(T4, -3), VenuePayment.of(T3, 3),
        VenuePayment.of(T2, -6), VenuePayment.of(T1, -3));
    Reconciliation r = Reconciliation.of(l, reversed, 1e-9, MINUTE);
    assertTrue(r.isClean(), r.toString());
    assertEquals(4, r.lines().size());
  }

  @Test
  void timeTolerance_acceptsBookingsUpToItOnEitherSide() {
    FundingLedger l = binance();
    // 10 s late, exactly a minute early, exactly a minute late: all within a minute
    List<VenuePayment> history = List.of(VenuePayment.of(T1.plusSeconds(10), -3),
        VenuePayment.of(T2.minus(MINUTE), -6), VenuePayment.of(T3.plus(MINUTE), 3),
        VenuePayment.of(T4, -3));
    assertTrue(Reconciliation.of(l, history, 1e-9, MINUTE).isClean());
  }

  @Test
  void amountTolerance_isInclusive() {
    // long 1 at price 256, rate 2^-12 per 8 h: pays exactly 2^-4 = 0.0625 (binary exact);
    // a booking of -0.5625 differs by exactly 0.5
    FundingLedger l = FundingLedger.of(List.of(Settlement.of(T1,
        FundingRate.of(0.000244140625, H8), 256)), PositionHistory.held(T0, T2, 1));
    List<VenuePayment> h = List.of(VenuePayment.of(T1, -0.5625));
    assertEquals(ReconciliationStatus.MATCHED,
        Reconciliation.of(l, h, 0.5, MINUTE).lines().get(0).status());
    assertEquals(ReconciliationStatus.MISMATCHED,
        Reconciliation.of(l, h, 0.4375, MINUTE).lines().get(0).status());
  }

  @Test
  void hashCode_separatesDifferentLines() {
    FundingLedger l = binance();
    List<Reconciliation> all = List.of(
        Reconciliation.of(l, List.of(), 1e-9, MINUTE),
        Reconciliation.of(l, List.of(VenuePayment.of(T1, -3)), 1e-9, MINUTE),
        Reconciliation.of(l, List.of(VenuePayment.of(T1, -4)), 1e-9, MINUTE));
    assertEquals(all.size(), all.stream().mapToInt(Object::hashCode).distinct().count());
  }

  @Test
  void aBookingNearTwoDueTimes_takesTheNearest_andTheEarlierOnATie() {
    FundingLedger l = binance();
    Duration wide = Duration.ofHours(5);
    // 4 h 30 min after T1 is 3 h 30 min before T2: T2's -6
    Reconciliation r = Reconciliation.of(l, List.of(VenuePayment.of(
        T1.plus(Duration.ofMinutes(270)), -6)), 1e-9, wide);
    assertEquals(T2, r.lines(ReconciliationStatus.MATCHED).get(0).entry().orElseThrow().time());
    // exactly half way: the earlier, T1's -3
    r = Reconciliation.of(l, List.of(VenuePayment.of(T1.plus(H4), -3)), 1e-9, wide);
    assertEquals(T1, r.lines(ReconciliationStatus.MATCHED).get(0).entry().orElseThrow().time());
  }
}
