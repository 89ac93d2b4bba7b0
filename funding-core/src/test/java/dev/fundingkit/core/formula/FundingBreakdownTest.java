package dev.fundingkit.core.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FundingBreakdownTest {

  private static final Duration H8 = Duration.ofHours(8);
  private static final FundingRate RATE = FundingRate.of(-0.00307, H8);

  private static FundingBreakdown breakdown(double premium) {
    return new FundingBreakdown(premium, 0.0001, 0.0005, -0.00307, -0.00307, false, RATE,
        "-0.00307000");
  }

  @Test
  void annualized_isSimpleOverTheRatesInterval() {
    assertEquals(-0.00307 * 1095, breakdown(-0.00357).annualized(), 1e-15);
  }

  @Test
  void badInput_isRejected() {
    assertEquals("averagePremium must be finite, was NaN", assertThrows(
        IllegalArgumentException.class, () -> breakdown(Double.NaN)).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new FundingBreakdown(0, 0, 0, Double.POSITIVE_INFINITY, 0, false, RATE, "0"));
    new NullPointerTester().setDefault(FundingRate.class, RATE).setDefault(String.class, "0")
        .testAllPublicConstructors(FundingBreakdown.class);
  }

  @Test
  void valueEquality() {
    new EqualsTester()
        .addEqualityGroup(breakdown(-0.00357), breakdown(-0.00357))
        .addEqualityGroup(breakdown(-0.00358))
        .addEqualityGroup(new FundingBreakdown(-0.00357, 0.0001, 0.0005, -0.00307, -0.00307, true,
            RATE, "-0.00307000"))
        .testEquals();
  }
}
