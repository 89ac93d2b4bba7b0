package dev.fundingkit.core.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.rate.AnnualizationBasis;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FundingBreakdownTest {

  private static final Duration H8 = Duration.ofHours(8);
  private static final FundingRate RATE = FundingRate.of(-0.00307, H8);

  private static FundingBreakdown breakdown(double premium) {
    return new FundingBreakdown(premium, 0.0001, 0.0005, -0.00307, -0.00307, false, RATE,
        "-0.00307000", Provenance.PUBLISHED);
  }

  @Test
  void annualized_isSimpleOverTheRatesInterval() {
    // -0.307% per 8 h × 1,095 eight-hour periods in 365 days.
    assertEquals(-0.00307 * 1095, breakdown(-0.00357).annualized(), 1e-15);
    assertEquals(-0.00307 * 1095,
        breakdown(-0.00357).annualize(AnnualizationBasis.SIMPLE), 1e-15);
  }

  @Test
  void formulaApply_isTheOnlyWayToABreakdown_andCarriesTheFormulasProvenance() {
    // Standard formula, P = -0.357%: raw = P + clamp(0.01% + 0.357%, ±0.05%) = -0.307%.
    FundingBreakdown b = FundingFormula.standard().withProvenance(Provenance.ASSUMED)
        .apply(-0.00357, H8);
    assertEquals(-0.00307, b.rate().value(), 1e-15);
    assertEquals(Provenance.ASSUMED, b.provenance());
    assertEquals(0, FundingBreakdown.class.getConstructors().length);
  }

  @Test
  void badInput_isRejected() {
    assertEquals("averagePremium must be finite, was NaN", assertThrows(
        IllegalArgumentException.class, () -> breakdown(Double.NaN)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new FundingBreakdown(0, 0, 0,
        Double.POSITIVE_INFINITY, 0, false, RATE, "0", Provenance.PUBLISHED));
    new NullPointerTester().testAllPublicInstanceMethods(breakdown(0));
  }

  @Test
  void valueEquality() {
    new EqualsTester()
        .addEqualityGroup(breakdown(-0.00357), breakdown(-0.00357))
        .addEqualityGroup(breakdown(-0.00358))
        .addEqualityGroup(new FundingBreakdown(-0.00357, 0.0001, 0.0005, -0.00307, -0.00307, true,
            RATE, "-0.00307000", Provenance.PUBLISHED))
        .addEqualityGroup(new FundingBreakdown(-0.00357, 0.0001, 0.0005, -0.00307, -0.00307,
            false, RATE, "-0.00307000", Provenance.INFERRED_FROM_DATA))
        .testEquals();
  }

  // ---------------------------------------------------------------- mutation-testing additions

  @Test
  void hashAndText_followTheFigures() {
    FundingFormula f = FundingFormula.standard();
    FundingBreakdown a = f.apply(-0.00357, Duration.ofHours(8));
    FundingBreakdown b = f.apply(0.001, Duration.ofHours(8));
    FundingBreakdown c = f.apply(0.001, Duration.ofHours(4));
    assertEquals(3, java.util.stream.Stream.of(a, b, c).mapToInt(Object::hashCode).distinct()
        .count());
    org.junit.jupiter.api.Assertions.assertTrue(a.toString().startsWith("FundingBreakdown[P=-0.00357, "),
        a.toString());
    org.junit.jupiter.api.Assertions.assertTrue(a.toString().contains(", published=" + a.published()),
        a.toString());
  }
}
