package dev.fundingkit.core.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.RoundingMode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The published string is computed in exact decimal for the library's own parts and falls
 * back to rounding the double rate for parts it does not know. The ties below were found by
 * hand (with a decimal calculator): each exact quotient ends in 5 at the eleventh decimal,
 * while the binary double of the same arithmetic lies just below it, so HALF_UP at ten
 * decimals tells the two paths apart.
 */
class ExactDecimalTest {

  private static final Duration H1 = Duration.ofHours(1);
  private static final Duration H8 = Duration.ofHours(8);
  private static final PublishedPrecision TEN = PublishedPrecision.of(10, RoundingMode.HALF_UP);

  /** A band the exact path does not know: raw = P + I, term = I. */
  private record PlainBand() implements PremiumBand {
    @Override
    public double raw(double premium, double interest) {
      return premium + interest;
    }

    @Override
    public double term(double premium, double interest) {
      return interest;
    }
  }

  /** A scaling the exact path does not know: ÷ 8 whatever the interval. */
  private record Eighth() implements IntervalScaling {
    @Override
    public double factor(Duration interval) {
      return 0.125;
    }
  }

  private static FundingFormula formula(PremiumBand band, IntervalScaling scaling,
      CapStage stage) {
    return FundingFormula.of(InterestComponent.fixed(0.0001, H8), band, scaling,
        FundingCap.none(), stage, TEN);
  }

  @Test
  void noBand_tieRoundsUpInExactDecimal() {
    // (0.000100014 + 0.0001) / 8 = 0.00002500175 exactly; the double is 2.5001749999999998e-05
    assertEquals("0.0000250018", formula(PremiumBand.NONE, IntervalScaling.ONE_EIGHTH,
        CapStage.AFTER_SCALING).apply(0.000100014, H1).published());
  }

  @Test
  void damper_tieRoundsUpInExactDecimal() {
    // (0.0011000396 − 0.0005 + 0.0001) / 8 = 0.00008750495 exactly; double 8.750494999999999e-05
    assertEquals("0.0000875050", formula(PremiumBand.damper(0.0005), IntervalScaling.ONE_EIGHTH,
        CapStage.AFTER_SCALING).apply(0.0011000396, H1).published());
  }

  @Test
  void proportionalScaling_tieRoundsUpInExactDecimal() {
    // 1 h of an 8 h reference: the same quotient as ÷ 8 above
    assertEquals("0.0000250018", formula(PremiumBand.NONE, IntervalScaling.PER_8H,
        CapStage.AFTER_SCALING).apply(0.000100014, H1).published());
  }

  @Test
  void unknownParts_fallBackToTheDoubleRate() {
    // the double rate 2.5001749999999998e-05 rounds down
    assertEquals("0.0000250017", formula(new PlainBand(), IntervalScaling.ONE_EIGHTH,
        CapStage.AFTER_SCALING).apply(0.000100014, H1).published());
    assertEquals("0.0000250017", formula(PremiumBand.NONE, new Eighth(),
        CapStage.AFTER_SCALING).apply(0.000100014, H1).published());
    assertEquals("0.0000250017", formula(PremiumBand.NONE, new Eighth(),
        CapStage.BEFORE_SCALING).apply(0.000100014, H1).published());
  }

  @Test
  void capBeforeScaling_capsTheRawRateThenScales() {
    // clamp: raw = max(0.01 − 0.0005, min(0.0105, 0.0001)) = 0.0095, capped to 0.0001 and
    // then ÷ 8 = 0.0000125; capping after scaling would give 0.0001
    FundingFormula f = FundingFormula.of(InterestComponent.fixed(0.0001, H8),
        PremiumBand.DEFAULT_CLAMP, IntervalScaling.ONE_EIGHTH, FundingCap.symmetric(0.0001),
        CapStage.BEFORE_SCALING, TEN);
    assertEquals("0.0000125000", f.apply(0.01, H1).published());
  }
}
