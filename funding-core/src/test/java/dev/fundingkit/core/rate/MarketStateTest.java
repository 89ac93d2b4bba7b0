package dev.fundingkit.core.rate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarketStateTest {

  private static final Duration H8 = Duration.ofHours(8);

  @Test
  void negativeRate_isBackwardation_shortsCrowdedAndPay() {
    MarketState s = MarketState.fromRate(FundingRate.ofPercent(-0.0307, H8));
    assertEquals(MarketStructure.BACKWARDATION, s.structure());
    assertEquals(Optional.of(PositionSide.SHORT), s.crowdedSide());
    assertEquals(0.000307, s.crowding(), 0);
    assertEquals(MarketState.Source.RATE, s.source());
    assertEquals("BACKWARDATION: shorts crowded, pay 0.0307%/8h (from rate)", s.toString());
  }

  @Test
  void hourlyRate_isExpressedPer8h() {
    MarketState s = MarketState.fromRate(FundingRate.ofPercent(0.00125, Duration.ofHours(1)));
    assertEquals(MarketStructure.CONTANGO, s.structure());
    assertEquals(Optional.of(PositionSide.LONG), s.crowdedSide());
    assertEquals(0.0001, s.per8h(), 1e-18);
    assertEquals(H8, s.asRatePer8h().interval());
  }

  @Test
  void domainFigure_perp2790_spot2800_isBackwardationOf0357PercentPer8h() {
    MarketState s = MarketState.fromPrices(2790, 2800);
    assertEquals(MarketStructure.BACKWARDATION, s.structure());
    assertEquals(Optional.of(PositionSide.SHORT), s.crowdedSide());
    assertEquals(-0.00357, s.per8h(), 1e-5);
    assertEquals(MarketState.Source.BASIS, s.source());
  }

  @Test
  void zero_isFlat_noSideCrowded() {
    MarketState s = MarketState.fromBasis(-0.0);
    assertEquals(MarketStructure.FLAT, s.structure());
    assertEquals(Optional.empty(), s.crowdedSide());
    assertEquals("FLAT: no side crowded (from basis)", s.toString());
  }

  @Test
  void badInput_namesParameterAndValue() {
    assertEquals("basis must be > -1, was -1.0", assertThrows(IllegalArgumentException.class,
        () -> MarketState.fromBasis(-1)).getMessage());
    assertEquals("spot must be > 0, was 0.0", assertThrows(IllegalArgumentException.class,
        () -> MarketState.fromPrices(1, 0)).getMessage());
    assertEquals("per8h must be finite, was NaN", assertThrows(IllegalArgumentException.class,
        () -> new MarketState(Double.NaN, MarketState.Source.RATE)).getMessage());
  }

  @Test
  void nullsAndEquality() {
    new NullPointerTester().setDefault(FundingRate.class, FundingRate.of(0.0001, H8))
        .testAllPublicStaticMethods(MarketState.class);
    new NullPointerTester().testAllPublicConstructors(MarketState.class);
    new EqualsTester()
        .addEqualityGroup(MarketState.fromRate(FundingRate.of(0.0001, H8)),
            MarketState.fromRate(FundingRate.of(0.0002, Duration.ofHours(16))))
        .addEqualityGroup(MarketState.fromBasis(0.0001))
        .addEqualityGroup(MarketState.fromBasis(0.0002))
        .testEquals();
  }

  @Test
  void law_crowdedSide_isThePayer_onAnyInterval() {
    qt().withFixedSeed(20261122L).withExamples(1000)
        .forAll(doubles().between(-0.01, 0.01), integers().between(1, 24 * 60))
        .check((v, m) -> {
          FundingRate rate = FundingRate.of(v, Duration.ofMinutes(m));
          MarketState s = MarketState.fromRate(rate);
          return s.crowdedSide().equals(rate.direction().payer())
              && Math.signum(s.per8h()) == Math.signum(v);
        });
  }
}
