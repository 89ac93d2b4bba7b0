package dev.fundingkit.stats.signal;

import dev.fundingkit.core.rate.FundingRate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.fundingkit.stats.ou.OuParameters;
import org.junit.jupiter.api.Test;

class SignalLevelsTest {

  private static final long SEED = 20261122L;
  /** θ = 0.5/h, σ = 1/√h: stationary sd = σ/√(2θ) = 1 exactly, μ = 0.25. */
  private static final OuParameters UNIT_SD = OuParameters.perHour(0.5, FundingRate.of(0.25, java.time.Duration.ofHours(8)), 1.0);

  @Test
  void reverseFarm_levelsAreMeanMinusTwoAndMinusHalfSd() {
    SignalLevels levels = SignalLevels.reverseFarm(UNIT_SD);
    assertEquals(1.0, levels.sd().value());
    assertEquals(0.25 - 2.0, levels.entryLevel().value(), 0.0);
    assertEquals(0.25 - 0.5, levels.exitLevel().value(), 0.0);
    assertEquals(-2.0, levels.entryZ());
    assertEquals(-0.5, levels.exitZ());
  }

  @Test
  void forwardFarm_mirrorsTheReverseFarm() {
    SignalLevels levels = SignalLevels.forwardFarm(UNIT_SD);
    assertEquals(0.25 + 2.0, levels.entryLevel().value(), 0.0);
    assertEquals(0.25 + 0.5, levels.exitLevel().value(), 0.0);
    assertEquals(levels, SignalLevels.reverseFarm(UNIT_SD).withSide(FarmSide.FORWARD));
  }

  @Test
  void levels_useTheStationarySdOfTheParameters() {
    // Funding-sized numbers: μ = 0.01%, sd = 0.03% per 8 h.
    double theta = Math.log(2) / 24;
    double sd = 0.0003;
    OuParameters p = OuParameters.perHour(theta, FundingRate.of(0.0001, java.time.Duration.ofHours(1)), sd * Math.sqrt(2 * theta));
    SignalLevels levels = SignalLevels.reverseFarm(p);
    assertEquals(p.stationarySd().value(), levels.sd().value(), 0.0);
    assertEquals(0.0001 - 2 * p.stationarySd().value(), levels.entryLevel().value(), 0.0);
    assertEquals(-0.0005, levels.entryLevel().value(), 1e-18);
    assertEquals(-0.00005, levels.exitLevel().value(), 1e-18);
    SignalLevels sample = SignalLevels.of(FarmSide.REVERSE, 0.0001, 0.0004, java.time.Duration.ofHours(8), SignalBands.DEFAULT);
    assertEquals(-0.0007, sample.entryLevel().value(), 1e-18);
  }

  @Test
  void zones_useStrictInequalities_onTheLevels() {
    SignalLevels reverse = SignalLevels.reverseFarm(UNIT_SD);
    assertEquals(BandZone.BEYOND_ENTRY, reverse.zone(Math.nextDown(reverse.entryLevel().value())));
    assertEquals(BandZone.BETWEEN, reverse.zone(reverse.entryLevel().value()));
    assertEquals(BandZone.BETWEEN, reverse.zone(reverse.exitLevel().value()));
    assertEquals(BandZone.BEYOND_EXIT, reverse.zone(Math.nextUp(reverse.exitLevel().value())));
    SignalLevels forward = SignalLevels.forwardFarm(UNIT_SD);
    assertEquals(BandZone.BEYOND_ENTRY, forward.zone(Math.nextUp(forward.entryLevel().value())));
    assertEquals(BandZone.BETWEEN, forward.zone(forward.entryLevel().value()));
    assertEquals(BandZone.BETWEEN, forward.zone(forward.exitLevel().value()));
    assertEquals(BandZone.BEYOND_EXIT, forward.zone(Math.nextDown(forward.exitLevel().value())));
    assertEquals(BandZone.BEYOND_EXIT, forward.zone(-100));
  }

  @Test
  void action_followsTheHysteresisTable() {
    SignalLevels reverse = SignalLevels.reverseFarm(UNIT_SD);
    assertEquals(SignalAction.ENTER, reverse.action(-2.0, false));
    assertEquals(SignalAction.HOLD, reverse.action(-2.0, true));
    assertEquals(SignalAction.WAIT, reverse.action(-1.0, false));
    assertEquals(SignalAction.HOLD, reverse.action(-1.0, true));
    assertEquals(SignalAction.WAIT, reverse.action(0.5, false));
    assertEquals(SignalAction.EXIT, reverse.action(0.5, true));
  }

  @Test
  void law_zScoreAndLevel_roundTrip() {
    qt().withFixedSeed(SEED).withExamples(2000)
        .forAll(doubles().between(-0.01, 0.01), doubles().between(1e-6, 0.01),
            doubles().between(-10, 10))
        .check((mean, sd, z) -> {
          SignalLevels levels = SignalLevels.of(FarmSide.REVERSE, mean, sd, java.time.Duration.ofHours(8), SignalBands.DEFAULT);
          double value = levels.level(z).value();
          double back = levels.zScore(value);
          double again = levels.level(back).value();
          return Math.abs(back - z) <= 1e-12 * Math.max(1, Math.abs(z) + Math.abs(mean) / sd)
              && Math.abs(again - value) <= 1e-15 * Math.max(Math.abs(mean), sd) * 16;
        });
  }

  @Test
  void law_aValueIsInTheEntryZoneForOneSideOnly() {
    qt().withFixedSeed(SEED).withExamples(2000)
        .forAll(doubles().between(-10, 10))
        .check(z -> {
          SignalLevels reverse = SignalLevels.reverseFarm(UNIT_SD);
          SignalLevels forward = reverse.withSide(FarmSide.FORWARD);
          double value = reverse.level(z).value();
          return !(reverse.zone(value) == BandZone.BEYOND_ENTRY
              && forward.zone(value) == BandZone.BEYOND_ENTRY);
        });
  }

  @Test
  void badInput_namesParameterAndValue() {
    IllegalArgumentException sd = assertThrows(IllegalArgumentException.class,
        () -> SignalLevels.of(FarmSide.REVERSE, 0, 0, java.time.Duration.ofHours(8), SignalBands.DEFAULT));
    assertEquals("sd must be > 0, was 0.0", sd.getMessage());
    IllegalArgumentException mean = assertThrows(IllegalArgumentException.class,
        () -> SignalLevels.of(FarmSide.REVERSE, Double.NaN, 1, java.time.Duration.ofHours(8), SignalBands.DEFAULT));
    assertEquals("mean must be finite, was NaN", mean.getMessage());
    IllegalArgumentException value = assertThrows(IllegalArgumentException.class,
        () -> SignalLevels.reverseFarm(UNIT_SD).zone(Double.NaN));
    assertEquals("value must be finite, was NaN", value.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> SignalLevels.reverseFarm(UNIT_SD).level(Double.NEGATIVE_INFINITY));
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(SignalLevels.reverseFarm(UNIT_SD),
            SignalLevels.of(FarmSide.REVERSE, 0.25, 1.0, java.time.Duration.ofHours(8), SignalBands.of(2, 0.5)),
            SignalLevels.forwardFarm(UNIT_SD).withSide(FarmSide.REVERSE))
        .addEqualityGroup(SignalLevels.forwardFarm(UNIT_SD))
        .addEqualityGroup(SignalLevels.reverseFarm(UNIT_SD).withBands(SignalBands.of(3, 0)))
        .addEqualityGroup(SignalLevels.of(FarmSide.REVERSE, 0.0, 1.0, java.time.Duration.ofHours(8), SignalBands.DEFAULT),
            SignalLevels.of(FarmSide.REVERSE, -0.0, 1.0, java.time.Duration.ofHours(8), SignalBands.DEFAULT))
        .testEquals();
  }

  @Test
  void nulls_areRejected() {
    new NullPointerTester()
        .setDefault(OuParameters.class, UNIT_SD)
        .setDefault(SignalBands.class, SignalBands.DEFAULT)
        .testAllPublicStaticMethods(SignalLevels.class);
    new NullPointerTester()
        .setDefault(SignalBands.class, SignalBands.DEFAULT)
        .setDefault(FundingRate.class, FundingRate.of(1e-4, java.time.Duration.ofHours(8)))
        .testAllPublicInstanceMethods(SignalLevels.reverseFarm(UNIT_SD));
    new NullPointerTester()
        .setDefault(SignalBands.class, SignalBands.DEFAULT)
        .setDefault(FundingRate.class, FundingRate.of(1e-4, java.time.Duration.ofHours(8)))
        .testAllPublicConstructors(SignalLevels.class);
  }

  @Test
  void zScoreOfARate_rescalesItFirst() {
    // 0.28125 per 1 h is 2.25 per 8 h: (2.25 − 0.25) / 1 = 2
    SignalLevels levels = SignalLevels.reverseFarm(UNIT_SD);
    assertEquals(2.0, levels.zScore(FundingRate.of(0.28125, java.time.Duration.ofHours(1))),
        1e-15);
  }
}
