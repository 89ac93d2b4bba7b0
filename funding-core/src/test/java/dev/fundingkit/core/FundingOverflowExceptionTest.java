package dev.fundingkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.carry.CarryTrade;
import dev.fundingkit.core.formula.IntervalScaling;
import dev.fundingkit.core.rate.AnnualizationBasis;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.series.IntervalSource;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every overflow in the library is one type, so a front end never has to read a message to
 * tell "too large for this computation" from other bad input.
 */
class FundingOverflowExceptionTest {

  private static void overflows(Executable call) {
    FundingOverflowException e = assertThrows(FundingOverflowException.class, call);
    assertTrue(e.getMessage().contains("overflow"), e.getMessage());
  }

  @Test
  void everyOverflowSiteThrowsTheOneType() {
    overflows(() -> ArgChecks.noOverflow(Double.POSITIVE_INFINITY, "x", 1e308));
    overflows(() -> AnnualizationBasis.SIMPLE.annualize(1e308, 1095));
    overflows(() -> AnnualizationBasis.COMPOUND.annualize(1, 31_536_000));
    overflows(() -> IntervalScaling.proportional(Duration.ofHours(8))
        .scale(1e308, Duration.ofHours(24)));
    overflows(() -> IntervalScaling.divideBy(0.5).scale(1e308, Duration.ofHours(8)));
    FundingSeries series = FundingSeries.of(new long[] {0, 3_600_000}, new double[] {1e308, 0},
        Duration.ofHours(1), IntervalSource.DECLARED);
    overflows(() -> series.valuesPer(Duration.ofHours(8)));
    overflows(() -> CarryTrade.of(FundingRate.of(-1e308, Duration.ofSeconds(1)), 0)
        .economics());
  }

  @Test
  void isBadInputWithItsMessage() {
    FundingOverflowException e = new FundingOverflowException("the result overflows");
    assertTrue(e instanceof IllegalArgumentException);
    assertEquals("the result overflows", e.getMessage());
    new NullPointerTester().testAllPublicConstructors(FundingOverflowException.class);
  }
}
