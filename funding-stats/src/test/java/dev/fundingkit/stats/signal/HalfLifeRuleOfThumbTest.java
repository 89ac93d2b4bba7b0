package dev.fundingkit.stats.signal;

import dev.fundingkit.core.rate.FundingRate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.NullPointerTester;
import dev.fundingkit.stats.ou.OuParameters;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HalfLifeRuleOfThumbTest {

  /** Half-life 24 h, μ = 0.01%, sd = 0.03% per 8 h (domain brief §7 figures). */
  private static final OuParameters BTC =
      OuParameters.perHour(Math.log(2) / 24, FundingRate.of(0.0001, java.time.Duration.ofHours(1)), 0.0003 * Math.sqrt(2 * Math.log(2) / 24));

  @Test
  void isHalfLifeTimesLogOfTheDistanceRatio() {
    // From μ − 2 sd to within 0.5 sd of μ: 24 h × ln 4 = 33.27 h.
    double current = 0.0001 - 2 * 0.0003;
    assertEquals(24 * Math.log(4), HalfLifeRuleOfThumb.units(BTC, current, 0.5 * 0.0003), 1e-9);
    assertEquals(Duration.ofNanos(Math.round(24 * Math.log(4) * 3.6e12)),
        HalfLifeRuleOfThumb.duration(BTC, current, 0.5 * 0.0003));
  }

  @Test
  void differsFromTheFirstPassageTime() {
    // The rule is ln2·ln4/θ = 0.961/θ for −2 → −0.5; the OU first passage is 0.9018/θ.
    double current = 0.0001 - 2 * 0.0003;
    double rule = HalfLifeRuleOfThumb.units(BTC, current, 0.5 * 0.0003) * BTC.theta();
    assertEquals(Math.log(2) * Math.log(4), rule, 1e-9);
    assertEquals(0.0591, rule - FirstPassage.scaledExpectedTime(-2, -0.5), 1e-4);
  }

  @Test
  void isZeroWhenAlreadyWithinTheTarget() {
    assertEquals(0.0, HalfLifeRuleOfThumb.units(BTC, 0.0001, 0.0001));
    assertEquals(0.0, HalfLifeRuleOfThumb.units(BTC, 0.0002, 0.0001));
    assertEquals(Duration.ZERO, HalfLifeRuleOfThumb.duration(BTC, 0.00015, 0.0001));
  }

  @Test
  void badInput_isRejectedWithTheParameterName() {
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> HalfLifeRuleOfThumb.units(BTC, 0.001, 0));
    assertEquals("targetDistance must be > 0, was 0.0", zero.getMessage());
    IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
        () -> HalfLifeRuleOfThumb.duration(BTC, Double.NaN, 0.0001));
    assertEquals("current must be finite, was NaN", nan.getMessage());
  }

  @Test
  void nulls_areRejected() {
    new NullPointerTester()
        .setDefault(OuParameters.class, BTC)
        .testAllPublicStaticMethods(HalfLifeRuleOfThumb.class);
  }
}
