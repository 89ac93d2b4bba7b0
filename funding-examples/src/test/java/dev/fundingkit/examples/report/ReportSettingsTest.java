package dev.fundingkit.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReportSettingsTest {

  @Test
  void defaultsFollowTheDomainBrief() {
    assertEquals(0.08, ReportSettings.DEFAULT.annualBorrow());
    assertEquals(Duration.ofDays(90), ReportSettings.DEFAULT.halfLifeWindow());
  }

  @Test
  void copies() {
    ReportSettings s = ReportSettings.DEFAULT.withPerHour(true).withAnnualBorrow(0.05);
    assertTrue(s.perHour());
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
        () -> new ReportSettings(false, 0.08, Duration.ZERO, Duration.ofDays(1)));
    assertThrows(NullPointerException.class,
        () -> new ReportSettings(false, 0.08, Duration.ofDays(1), null));
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(ReportSettings.DEFAULT, ReportSettings.DEFAULT.withAnnualBorrow(0.08))
        .addEqualityGroup(ReportSettings.DEFAULT.withPerHour(true))
        .testEquals();
  }
}
