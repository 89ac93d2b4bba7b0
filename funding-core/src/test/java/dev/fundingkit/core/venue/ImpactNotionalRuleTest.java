package dev.fundingkit.core.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class ImpactNotionalRuleTest {

  @Test
  void notionalIsMarginOverInitialMarginRate() {
    assertEquals(25_000, ImpactNotionalRule.BINANCE_USDM.notionalFor(0.008), 1e-9);
    assertEquals(2_000, ImpactNotionalRule.BINANCE_COINM.notionalFor(0.1), 1e-9);
    assertEquals("USD", ImpactNotionalRule.BINANCE_COINM.currency());
    assertEquals(25_000, ImpactNotionalRule.OKX.notionalFor(1.0 / 125), 1e-9);
  }

  @Test
  void badInput_namesParameterAndValue() {
    assertThrows(IllegalArgumentException.class, () -> new ImpactNotionalRule(0, "USDT"));
    assertThrows(IllegalArgumentException.class, () -> new ImpactNotionalRule(200, " "));
    assertEquals("initialMarginRate must be > 0, was 0.0", assertThrows(
        IllegalArgumentException.class,
        () -> ImpactNotionalRule.DYDX.notionalFor(0)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> ImpactNotionalRule.DYDX.notionalFor(1.5));
    new NullPointerTester().testAllPublicConstructors(ImpactNotionalRule.class);
  }

  @Test
  void equality_byMarginAndCurrency() {
    new EqualsTester()
        .addEqualityGroup(ImpactNotionalRule.BINANCE_USDM, new ImpactNotionalRule(200, "USDT"))
        .addEqualityGroup(ImpactNotionalRule.BINANCE_COINM)
        .addEqualityGroup(ImpactNotionalRule.DYDX)
        .testEquals();
  }
}
