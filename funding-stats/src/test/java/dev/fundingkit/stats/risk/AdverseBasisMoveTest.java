package dev.fundingkit.stats.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.rate.PositionSide;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AdverseBasisMoveTest {

  private static final Duration DAY = Duration.ofDays(1);
  private static final Duration H8 = Duration.ofHours(8);

  /** Domain brief §6: 1% adverse move on 1,000 notional costs 10; at 2 a day, 5 days. */
  @Test
  void domainFigure_onePercentOnAThousand_atTwoADay_isFiveDays() {
    AdverseBasisMove move = AdverseBasisMove.of(PositionSide.LONG, DAY, 0.95, 0.01, 1);
    assertEquals(10.0, move.loss(1000), 1e-12);
    assertEquals(5.0, move.daysToRecover(1000, 2), 1e-12);
  }

  @Test
  void daysToRecover_fromTheRatePaidToThePerpLeg() {
    AdverseBasisMove move = AdverseBasisMove.of(PositionSide.LONG, DAY, 0.95, 0.01, 1);
    // −0.02%/8h pays the long 0.2 per settlement on 1,000, 0.6 a day: 10 / 0.6 days
    assertEquals(10 / 0.6, move.daysToRecover(1000, FundingRate.ofPercent(-0.02, H8)), 1e-9);
    // the same economics on an hourly venue
    assertEquals(10 / 0.6, move.daysToRecover(1000,
        FundingRate.ofPercent(-0.02, H8).perHour()), 1e-9);
    AdverseBasisMove classic = AdverseBasisMove.of(PositionSide.SHORT, DAY, 0.95, 0.01, 1);
    assertEquals(10 / 0.6, classic.daysToRecover(1000, FundingRate.ofPercent(0.02, H8)), 1e-9);
  }

  @Test
  void aFavourableQuantile_costsNothing() {
    assertEquals(0.0, AdverseBasisMove.of(PositionSide.LONG, DAY, 0.95, -0.001, 30).loss(1000),
        0);
  }

  @Test
  void badInput_namesParameterAndValue() {
    AdverseBasisMove move = AdverseBasisMove.of(PositionSide.LONG, DAY, 0.95, 0.01, 1);
    IllegalArgumentException wrongWay = assertThrows(IllegalArgumentException.class,
        () -> move.daysToRecover(1000, FundingRate.ofPercent(0.01, H8)));
    assertEquals("rate must pay the LONG perpetual leg, was 0.01%/8h", wrongWay.getMessage());
    IllegalArgumentException income = assertThrows(IllegalArgumentException.class,
        () -> move.daysToRecover(1000, 0.0));
    assertEquals("fundingIncomePerDay must be > 0, was 0.0", income.getMessage());
    assertThrows(IllegalArgumentException.class, () -> move.loss(-1));
    IllegalArgumentException samples = assertThrows(IllegalArgumentException.class,
        () -> AdverseBasisMove.of(PositionSide.LONG, DAY, 0.95, 0.01, 0));
    assertEquals("samples must be >= 1, was 0", samples.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> AdverseBasisMove.of(PositionSide.LONG, DAY, 0.0, 0.01, 1));
    assertThrows(IllegalArgumentException.class,
        () -> AdverseBasisMove.of(PositionSide.LONG, DAY, 0.95, Double.NaN, 1));
    assertThrows(IllegalArgumentException.class,
        () -> AdverseBasisMove.of(PositionSide.LONG, Duration.ZERO, 0.95, 0.01, 1));
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(AdverseBasisMove.of(PositionSide.LONG, DAY, 0.95, 0.01, 5),
            new AdverseBasisMove(PositionSide.LONG, Duration.ofHours(24), 0.95, 0.01, 5))
        .addEqualityGroup(AdverseBasisMove.of(PositionSide.SHORT, DAY, 0.95, 0.01, 5))
        .addEqualityGroup(AdverseBasisMove.of(PositionSide.LONG, DAY, 0.95, 0.0, 5),
            AdverseBasisMove.of(PositionSide.LONG, DAY, 0.95, -0.0, 5))
        .testEquals();
    new NullPointerTester()
        .setDefault(Duration.class, DAY)
        .setDefault(double.class, 0.5)
        .setDefault(int.class, 1)
        .testAllPublicStaticMethods(AdverseBasisMove.class);
    new NullPointerTester()
        .setDefault(double.class, 1.0)
        .testAllPublicInstanceMethods(AdverseBasisMove.of(PositionSide.LONG, DAY, 0.95, 0.01, 1));
  }

  @Test
  void daysToRecover_aZeroRatePaysNothing_andIsRejected() {
    AdverseBasisMove move = AdverseBasisMove.of(PositionSide.LONG, DAY, 0.95, 0.01, 1);
    assertEquals("rate must pay the LONG perpetual leg, was 0%/8h", assertThrows(
        IllegalArgumentException.class,
        () -> move.daysToRecover(1000, FundingRate.of(0, H8))).getMessage());
  }
}
