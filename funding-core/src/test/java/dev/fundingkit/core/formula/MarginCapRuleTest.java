package dev.fundingkit.core.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class MarginCapRuleTest {

  @Test
  void binance_btcusdt_075TimesMmr_venuesMd17Example9() {
    // venues.md §17 #9: BTCUSDT cap ±0.3% = 0.75 × 0.4% MMR (FAQ [S]; API [S]).
    assertEquals(FundingCap.symmetric(0.003), MarginCapRule.MMR_75.capFor(MarginRates.of(0.008, 0.004)));
    // §17 #54: ADAUSDT at 75x, MMR 0.65%: 0.75 × 0.65% = 0.4875%.
    assertEquals(FundingCap.symmetric(0.004875),
        MarginCapRule.MMR_75.capFor(MarginRates.of(0.013, 0.0065)));
  }

  @Test
  void bybit_spreadOrMaintenance_venuesMd17Example19() {
    // §17 #19: IMR 1%, MMR 0.5%: min(0.375%, 0.5%) = 0.375%.
    assertEquals(FundingCap.symmetric(0.00375),
        MarginCapRule.SPREAD_75_OR_MMR.capFor(MarginRates.of(0.01, 0.005)));
    // The MMR bound binds when the spread is wide.
    assertEquals(FundingCap.symmetric(0.01),
        MarginCapRule.SPREAD_75_OR_MMR.capFor(MarginRates.of(0.1, 0.01)));
  }

  @Test
  void bitmexAndDydx_spread_venuesMd17Examples29And32() {
    // §17 #29 BitMEX: IM 1%, MM 0.5%: 0.375%. §17 #32 dYdX: 600% × (5% − 3%) = 12%.
    assertEquals(FundingCap.symmetric(0.00375),
        MarginCapRule.SPREAD_75.capFor(MarginRates.of(0.01, 0.005)));
    assertEquals(FundingCap.symmetric(0.12),
        MarginCapRule.spread(6).capFor(MarginRates.of(0.05, 0.03)));
  }

  @Test
  void badInput_andEquality() {
    assertEquals("multiplier must be > 0, was 0.0", assertThrows(IllegalArgumentException.class,
        () -> MarginCapRule.maintenance(0)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> MarginCapRule.spread(Double.NaN));
    assertThrows(IllegalArgumentException.class,
        () -> MarginCapRule.spreadOrMaintenance(Double.NEGATIVE_INFINITY));
    new NullPointerTester().testAllPublicInstanceMethods(MarginCapRule.MMR_75);
    new NullPointerTester().testAllPublicInstanceMethods(MarginCapRule.SPREAD_75_OR_MMR);
    new EqualsTester()
        .addEqualityGroup(MarginCapRule.MMR_75, MarginCapRule.maintenance(0.75))
        .addEqualityGroup(MarginCapRule.maintenance(1))
        .addEqualityGroup(MarginCapRule.SPREAD_75, MarginCapRule.spread(0.75))
        .addEqualityGroup(MarginCapRule.SPREAD_75_OR_MMR, MarginCapRule.spreadOrMaintenance(0.75))
        .testEquals();
  }

  // ---------------------------------------------------------------- mutation-testing additions

  @Test
  void text_namesTheRule() {
    assertEquals("±0.75×MMR", MarginCapRule.maintenance(0.75).toString());
    assertEquals("±1.0×(IMR−MMR)", MarginCapRule.spread(1.0).toString());
    assertEquals("min(±0.75×(IMR−MMR), MMR)",
        MarginCapRule.spreadOrMaintenance(0.75).toString());
  }

  @Test
  void parse_rejectsAnUnknownForm_sayingTheForms() {
    assertEquals("marginCapRule must look like '±0.75×MMR', '±0.75×(IMR−MMR)' or "
        + "'min(±0.75×(IMR−MMR), MMR)', was 'half'", assertThrows(IllegalArgumentException.class,
        () -> MarginCapRule.parse("half")).getMessage());
  }
}
