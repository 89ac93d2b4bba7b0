package dev.fundingkit.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import dev.fundingkit.stats.signal.SignalBands;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReportSettingsTest {

  @Test
  void defaultsFollowTheDomainBrief() {
    assertEquals(0.08, ReportSettings.DEFAULT.annualBorrow());
    assertEquals(Duration.ofDays(90), ReportSettings.DEFAULT.halfLifeWindow());
    assertEquals(0.0005, ReportSettings.DEFAULT.feePerFill());
    assertEquals(SignalBands.DEFAULT, ReportSettings.DEFAULT.bands());
  }

  @Test
  void defaultTraining_isAThirdOfTheSeries_atMost365Days() {
    assertEquals(Duration.ofDays(100), ReportSettings.DEFAULT.trainingFor(Duration.ofDays(300)));
    assertEquals(Duration.ofDays(365),
        ReportSettings.DEFAULT.trainingFor(Duration.ofDays(6 * 365)));
    assertEquals(Duration.ofDays(30), ReportSettings.DEFAULT.withTraining(Duration.ofDays(30))
        .trainingFor(Duration.ofDays(6 * 365)));
    assertTrue(ReportSettings.DEFAULT.explicitTraining().isEmpty());
  }

  @Test
  void copies() {
    ReportSettings s = ReportSettings.DEFAULT.withPerHour(true).withAnnualBorrow(0.05)
        .withFeePerFill(0.001).withBands(SignalBands.of(3, 1)).withTraining(Duration.ofDays(7));
    assertTrue(s.perHour());
    assertEquals(0.001, s.feePerFill());
    assertEquals(SignalBands.of(3, 1), s.bands());
    assertEquals(Duration.ofDays(7), s.explicitTraining().orElseThrow());
    assertEquals(0.05, s.annualBorrow());
    assertEquals(ReportSettings.DEFAULT.halfLifeStep(), s.halfLifeStep());
  }

  @Test
  void validates() {
    assertThrows(IllegalArgumentException.class,
        () -> ReportSettings.DEFAULT.withAnnualBorrow(-0.01));
    assertThrows(IllegalArgumentException.class,
        () -> ReportSettings.DEFAULT.withAnnualBorrow(Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class,
        () -> ReportSettings.DEFAULT.withFeePerFill(-0.001));
    assertThrows(IllegalArgumentException.class,
        () -> ReportSettings.DEFAULT.withTraining(Duration.ofDays(-1)));
    assertThrows(NullPointerException.class, () -> ReportSettings.DEFAULT.withBands(null));
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(ReportSettings.DEFAULT, ReportSettings.DEFAULT.withAnnualBorrow(0.08))
        .addEqualityGroup(ReportSettings.DEFAULT.withPerHour(true))
        .addEqualityGroup(ReportSettings.DEFAULT.withFeePerFill(0))
        .addEqualityGroup(ReportSettings.DEFAULT.withTraining(Duration.ofDays(1)))
        .testEquals();
  }
}
