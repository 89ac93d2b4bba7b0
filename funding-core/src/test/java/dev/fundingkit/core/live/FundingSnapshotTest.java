package dev.fundingkit.core.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.ledger.FundingLedger;
import dev.fundingkit.core.rate.PositionSide;
import dev.fundingkit.core.venue.FundingConventions;
import dev.fundingkit.core.venue.PaymentPrice;
import dev.fundingkit.core.venue.SymbolTerms;
import dev.fundingkit.core.venue.UnknownFundingRuleException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FundingSnapshotTest {

  private static final Duration H8 = Duration.ofHours(8);
  private static final Instant T = Instant.parse("2025-03-03T16:00:00Z");

  private static FundingMonitor calmBybit() {
    FundingMonitor m = FundingMonitor.of(FundingConventions.BYBIT, SymbolTerms.of(H8));
    // P = 0.0002 is in the dead zone: F = I = 0.0001 per 8 h.
    m.add(T.minus(Duration.ofHours(2)), 0.0002);
    return m;
  }

  @Test
  void payment_valuesThePositionAtTheMarkPrice() {
    FundingMonitor m = calmBybit();
    Instant markAt = T.minus(Duration.ofHours(2)).plusSeconds(1);
    m.addMarkPrice(markAt.toEpochMilli(), 50_000);
    FundingSnapshot s = m.snapshot();
    PaymentPreview longs = s.payment(PositionSide.LONG, 2).orElseThrow();
    // 2 BTC × 50,000 = 100,000; longs pay 100,000 × 0.0001 = 10 at 16:00.
    assertEquals(100_000, longs.positionValue(), 0);
    assertEquals(-10, longs.cashFlow(), 1e-9);
    assertTrue(longs.pays());
    assertEquals(T, longs.settlement());
    assertEquals(PaymentPrice.MARK, longs.priceKind());
    assertEquals(50_000, longs.price(), 0);
    assertEquals(markAt, longs.priceObservedAt());
    assertFalse(longs.isRateFixed());
    assertEquals(10, s.payment(PositionSide.SHORT, 2).orElseThrow().cashFlow(), 1e-9);
    assertEquals(-10, s.paymentOnValue(PositionSide.LONG, 100_000).orElseThrow().cashFlow(),
        1e-9);
    assertEquals(50_000, s.paymentPrice().getAsDouble(), 0);
  }

  @Test
  void payment_withoutThePaymentPrice_isEmpty() {
    FundingMonitor m = FundingMonitor.of(FundingConventions.HYPERLIQUID,
        SymbolTerms.of(Duration.ofHours(1)));
    m.add(T.minusSeconds(60), 0.0);
    m.addMarkPrice(T.minusSeconds(60).toEpochMilli(), 100);
    assertTrue(m.snapshot().payment(PositionSide.LONG, 1).isEmpty(),
        "Hyperliquid pays at the oracle price, not the mark");
    m.addOraclePrice(T.minusSeconds(59).toEpochMilli(), 101);
    assertEquals(PaymentPrice.ORACLE,
        m.snapshot().payment(PositionSide.LONG, 1).orElseThrow().priceKind());
  }

  @Test
  void openedNow_paysTheLastSettlement_onlyWithinTheSnapshotTolerance() {
    FundingMonitor m = FundingMonitor.builder(FundingConventions.BINANCE_USDM,
        SymbolTerms.of(H8)).snapshotTolerance(FundingLedger.BINANCE_SNAPSHOT_TOLERANCE).build();
    m.add(T.plusSeconds(5), 0.0001);
    FundingSnapshot early = m.snapshot();
    assertEquals(T, early.lastSettlement());
    assertTrue(early.openedNowPaysLastSettlement(), "08:00:05 is inside the 15-s tolerance");
    m.add(T.plusSeconds(15), 0.0001);
    assertFalse(m.snapshot().openedNowPaysLastSettlement(), "exactly T + 15 s is outside");
    // By default the monitor takes the tolerance the venue states: Binance's 15 s.
    FundingMonitor byDefault = FundingMonitor.of(FundingConventions.BINANCE_USDM,
        SymbolTerms.of(H8));
    byDefault.add(T.plusSeconds(5), 0.0001);
    assertTrue(byDefault.snapshot().openedNowPaysLastSettlement());
    FundingMonitor strict = FundingMonitor.builder(FundingConventions.BINANCE_USDM,
        SymbolTerms.of(H8)).snapshotTolerance(Duration.ZERO).build();
    strict.add(T.plusSeconds(5), 0.0001);
    assertFalse(strict.snapshot().openedNowPaysLastSettlement());
  }

  @Test
  void deribit_accruesContinuously_soThePreviewIsTheRestOfTheInterval() {
    // Deribit from 2024: F8h = max(0.025%, PR) + min(−0.025%, PR) = 0.001 − 0.00025
    // = 0.00075 for PR = 0.001. Two of eight hours remain: a long of value 10,000 pays
    // 10,000 × 0.00075 × 2/8 = 1.875.
    FundingMonitor m = FundingMonitor.of(FundingConventions.DERIBIT, SymbolTerms.of(H8));
    Instant asOf = T.minus(Duration.ofHours(2));
    m.add(asOf, 0.001);
    FundingSnapshot s = m.snapshot();
    assertEquals(0.00075, s.predicted().orElseThrow().rate().value(), 1e-15);
    assertEquals(-1.875, s.paymentOnValue(PositionSide.LONG, 10_000).orElseThrow().cashFlow(),
        1e-12);
    assertFalse(s.openedNowPaysLastSettlement());
    assertEquals(T, s.paidAt());
  }

  @Test
  void okxDuringItsMigration_predictsButCannotSayWhenThePredictionIsPaid() {
    FundingMonitor m = FundingMonitor.of(FundingConventions.OKX, SymbolTerms.of(H8));
    m.add(Instant.parse("2024-02-01T03:00:00Z"), 0.0002);
    FundingSnapshot s = m.snapshot();
    assertTrue(s.isReady());
    assertThrows(UnknownFundingRuleException.class, s::paidAt);
    assertThrows(UnknownFundingRuleException.class, s::nextPayment);
    assertThrows(UnknownFundingRuleException.class, s::isNextPaymentFixed);
  }

  @Test
  void openInterest_isTheLatestGiven() {
    FundingMonitor m = calmBybit();
    assertTrue(m.snapshot().openInterest().isEmpty());
    m.addOpenInterest(1, 5e8);
    m.addOpenInterest(2, 6e8);
    assertEquals(6e8, m.snapshot().openInterest().getAsDouble(), 0);
  }

  @Test
  void accessors_andToString() {
    FundingSnapshot s = calmBybit().snapshot();
    assertEquals("bybit", s.venueId());
    assertEquals("", s.symbol());
    assertEquals(H8, s.interval());
    assertEquals(T.minus(Duration.ofHours(2)), s.asOf().orElseThrow());
    assertEquals(0L, s.droppedSamples());
    assertEquals("FundingSnapshot[bybit 8h at 2025-03-03T14:00:00Z: 0.01%/8h over 1 samples,"
        + " next settlement 2025-03-03T16:00:00Z]", s.toString());
    assertEquals("FundingSnapshot[bybit 8h: no sample]",
        FundingMonitor.of(FundingConventions.BYBIT, SymbolTerms.of(H8)).snapshot().toString());
  }

  @Test
  void nulls_areRejected() {
    new NullPointerTester().testAllPublicInstanceMethods(calmBybit().snapshot());
  }

  @Test
  void aNamedSymbol_isReported_andACurrentIntervalVenueDoesNotFixItsNextPayment() {
    FundingMonitor m = FundingMonitor.builder(FundingConventions.BYBIT, SymbolTerms.of(H8))
        .symbol("ETHUSDT").build();
    m.add(T.minusSeconds(60), 0.0002);
    FundingSnapshot s = m.snapshot();
    assertEquals("ETHUSDT", s.symbol());
    // Bybit pays at T the rate of the interval ending at T (0 intervals ahead): predicted.
    assertFalse(s.isNextPaymentFixed());
  }
}
