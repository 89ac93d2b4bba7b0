package dev.fundingkit.core.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InterestComponentTest {

  private static final Duration H1 = Duration.ofHours(1);
  private static final Duration H4 = Duration.ofHours(4);
  private static final Duration H8 = Duration.ofHours(8);

  @Test
  void fixed_isTheSameForEveryInterval_binance() {
    InterestComponent binance = InterestComponent.fixed(0.0001, H8);
    assertEquals(0.0001, binance.rateFor(H8), 0);
    assertEquals(0.0001, binance.rateFor(H4), 0);
    assertEquals(0.0, InterestComponent.NONE.rateFor(H1), 0);
    assertEquals("fixed 0.01%/8h", binance.toString());
  }

  @Test
  void prorated_bybitHelpCentre_venuesMd17Example18() {
    // venues.md §17 #18: I = 0.03%/(24/N): 8 h 0.01%, 4 h 0.005%, 2 h 0.0025%, 1 h 0.00125%.
    InterestComponent bybit = InterestComponent.prorated(0.0003, Duration.ofDays(1));
    assertEquals(0.0001, bybit.rateFor(H8), 0);
    assertEquals(0.00005, bybit.rateFor(H4), 0);
    assertEquals(0.000025, bybit.rateFor(Duration.ofHours(2)), 0);
    assertEquals(0.0000125, bybit.rateFor(H1), 0);
  }

  @Test
  void differential_bybitOldHelpPage_venuesMd17Example17() {
    // venues.md §17 #17: quote 0.06%, base 0.03%, 3 intervals a day: I = 0.01%.
    assertEquals(0.0001, InterestComponent.differential(0.0006, 0.0003).rateFor(H8), 0);
    // §17 #28 BitMEX: quote 1.00%/day, base 0.25%/day: I = 0.25%.
    assertEquals(0.0025, InterestComponent.differential(0.01, 0.0025).rateFor(H8), 0);
  }

  @Test
  void badInput_isRejected() {
    assertEquals("rate must be finite, was NaN", assertThrows(IllegalArgumentException.class,
        () -> InterestComponent.fixed(Double.NaN, H8)).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> InterestComponent.prorated(Double.POSITIVE_INFINITY, H8));
    assertEquals("per must be positive, was PT0S", assertThrows(IllegalArgumentException.class,
        () -> InterestComponent.prorated(0.0003, Duration.ZERO)).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> InterestComponent.differential(0, Double.NEGATIVE_INFINITY));
    assertThrows(IllegalArgumentException.class,
        () -> InterestComponent.fixed(0.0001, H8).rateFor(Duration.ofHours(-1)));
    new NullPointerTester().setDefault(Duration.class, H8)
        .testAllPublicStaticMethods(InterestComponent.class);
    new NullPointerTester().testAllPublicInstanceMethods(InterestComponent.fixed(0.0001, H8));
    new NullPointerTester().testAllPublicInstanceMethods(
        InterestComponent.prorated(0.0003, H8));
    new NullPointerTester().testAllPublicInstanceMethods(
        InterestComponent.differential(0.0006, 0.0003));
  }

  @Test
  void valueEquality() {
    new EqualsTester()
        .addEqualityGroup(InterestComponent.fixed(0.0001, H8), InterestComponent.fixed(0.0001, H8))
        .addEqualityGroup(InterestComponent.fixed(0.0, H8), InterestComponent.NONE)
        .addEqualityGroup(InterestComponent.prorated(0.0001, H8))
        .addEqualityGroup(InterestComponent.differential(0.0006, 0.0003))
        .testEquals();
  }

  @Test
  void parse_readsToStringBack_andAsciiSpellings() {
    for (InterestComponent i : new InterestComponent[] {InterestComponent.NONE,
        InterestComponent.fixed(0.0001, Duration.ofHours(8)),
        InterestComponent.prorated(0.0001, Duration.ofHours(8)),
        InterestComponent.differential(0.0006, 0.0003)}) {
      assertEquals(i, InterestComponent.parse(i.toString()), i.toString());
    }
    assertEquals(PremiumBand.clamp(0.0005), PremiumBand.parse("clamp +-0.05%"));
    assertEquals(IntervalScaling.ONE_EIGHTH, IntervalScaling.parse("/8"));
    assertEquals(IntervalScaling.PER_8H, IntervalScaling.parse("÷(8h/N)"));
    assertEquals(FundingCap.of(-0.001, 0.002), FundingCap.parse("[-0.1%, 0.2%]"));
    assertEquals(MarginCapRule.SPREAD_75_OR_MMR, MarginCapRule.parse("min(+-0.75x(IMR-MMR), MMR)"));
    assertEquals(PublishedPrecision.of(6, java.math.RoundingMode.HALF_UP),
        PublishedPrecision.parse("6dp HALF_UP"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> InterestComponent.parse("daily 0.03%"));
    assertEquals("interest must look like 'fixed 0.01%/8h', 'prorated 0.01%/8h', '(0.0006 -"
        + " 0.0003)/3' or 'none', was 'daily 0.03%'", e.getMessage());
    // A prorated override keeps its kind: 0.02% per 8 h is 0.01% for 4 h.
    assertEquals(0.0001, InterestComponent.prorated(0.0001, Duration.ofHours(8))
        .withRate(0.0002, Duration.ofHours(8)).rateFor(Duration.ofHours(4)), 1e-18);
  }

  // ---------------------------------------------------------------- mutation-testing additions

  @Test
  void withRate_ofAComponentWithoutItsOwn_isFixed() {
    assertEquals(InterestComponent.fixed(0.0002, Duration.ofHours(8)),
        InterestComponent.differential(0.0003, 0.0006).withRate(0.0002, Duration.ofHours(8)));
  }
}
