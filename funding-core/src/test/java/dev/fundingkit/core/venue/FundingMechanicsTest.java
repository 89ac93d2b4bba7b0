package dev.fundingkit.core.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.rate.PositionSide;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FundingMechanicsTest {

  private static final long SEED = 20261122L;
  private static final Duration H8 = Duration.ofHours(8);
  private static final Instant AT = Instant.parse("2025-06-01T00:00:00Z");
  private static final FundingRate RATE = FundingRate.of(0.0004, H8);

  @Test
  void paymentPrice_markOracleOrIndexPerVenue() {
    assertEquals(PaymentPrice.MARK,
        FundingMechanics.at(FundingConventions.BINANCE_USDM, AT).paymentPrice());
    assertEquals(PaymentPrice.ORACLE,
        FundingMechanics.at(FundingConventions.HYPERLIQUID, AT).paymentPrice());
    assertEquals(PaymentPrice.ORACLE,
        FundingMechanics.at(FundingConventions.DYDX, AT).paymentPrice());
    assertEquals(PaymentPrice.INDEX,
        FundingMechanics.at(FundingConventions.HTX, AT).paymentPrice());
  }

  @Test
  void atSettlement_chargesTheWholeRateToAnyOpenPosition() {
    FundingMechanics binance = FundingMechanics.at(FundingConventions.BINANCE_USDM, AT);
    assertEquals(-4.0, binance.cashFlow(RATE, PositionSide.LONG, 10_000, Duration.ofSeconds(1)),
        1e-12);
    assertEquals(4.0, binance.cashFlow(RATE, PositionSide.SHORT, 10_000, H8), 1e-12);
    assertEquals(0.0, binance.cashFlow(RATE, PositionSide.SHORT, 10_000, Duration.ZERO), 0);
  }

  @Test
  void continuous_chargesInProportionToTimeHeld() {
    FundingMechanics deribit = FundingMechanics.at(FundingConventions.DERIBIT, AT);
    assertEquals(-1.0, deribit.cashFlow(RATE, PositionSide.LONG, 10_000, Duration.ofHours(2)),
        1e-12);
  }

  @Test
  void unknownPartsAndEarlyInstants_sayWhatIsMissing() {
    UnknownFundingRuleException early = assertThrows(UnknownFundingRuleException.class,
        () -> FundingMechanics.at(FundingConventions.BYBIT, Instant.parse("2020-01-01T00:00:00Z")));
    assertEquals("bybit: no settlement mechanics known at 2020-01-01T00:00:00Z; the earliest on"
        + " record are in force from 2022-07-05T00:00:00Z", early.getMessage());
    FundingMechanics coinbase = FundingMechanics.at(FundingConventions.COINBASE,
        Instant.parse("2026-01-01T00:00:00Z"));
    assertThrows(UnknownFundingRuleException.class, coinbase::window);
    assertThrows(UnknownFundingRuleException.class, coinbase::intervalsAhead);
    assertThrows(UnknownFundingRuleException.class, () -> coinbase.paidAt(AT, H8));
    assertThrows(IllegalArgumentException.class, () -> FundingMechanics.at(
        FundingConventions.BYBIT, AT).cashFlow(RATE, PositionSide.LONG, 1, H8.plusSeconds(1)));
    assertEquals("bybit mechanics from 2022-07-05T00:00:00Z",
        FundingMechanics.at(FundingConventions.BYBIT, AT).toString());
    new NullPointerTester()
        .setDefault(FundingConvention.class, FundingConventions.BYBIT)
        .setDefault(Instant.class, AT)
        .setDefault(Duration.class, H8)
        .setDefault(FundingRate.class, RATE)
        .testAllPublicStaticMethods(FundingMechanics.class);
    new NullPointerTester()
        .setDefault(Instant.class, AT)
        .setDefault(Duration.class, H8)
        .setDefault(FundingRate.class, RATE)
        .testAllPublicInstanceMethods(FundingMechanics.at(FundingConventions.BYBIT, AT));
  }

  @Test
  void law_continuousAccrualAddsUpOverSplitHoldings() {
    FundingMechanics deribit = FundingMechanics.at(FundingConventions.DERIBIT, AT);
    qt().withFixedSeed(SEED).forAll(integers().between(0, 480), doubles().between(0, 1e6))
        .check((minutes, value) -> {
          Duration first = Duration.ofMinutes(minutes);
          double split = deribit.cashFlow(RATE, PositionSide.LONG, value, first)
              + deribit.cashFlow(RATE, PositionSide.LONG, value, H8.minus(first));
          double whole = deribit.cashFlow(RATE, PositionSide.LONG, value, H8);
          return Math.abs(split - whole) <= 1e-9 * Math.max(1, Math.abs(whole));
        });
  }
}
