package dev.fundingkit.stats.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SummarySettingsTest {

  private static final Duration H8 = Duration.ofHours(8);

  @Test
  void default_isPlus5AndMinus2BasisPointsPer8h() {
    SummarySettings d = SummarySettings.DEFAULT;
    assertEquals(H8, d.basis());
    assertEquals(0.0005, d.above());
    assertEquals(-0.0002, d.below());
    assertEquals(0.0001, d.interestRate());
    assertEquals(5e-9, d.pinnedTolerance());
  }

  @Test
  void inBasis_rescalesEveryRateLinearly() {
    SummarySettings hourly = SummarySettings.DEFAULT.inBasis(Duration.ofHours(1));
    assertEquals(0.0005 / 8, hourly.above(), 1e-20);
    assertEquals(-0.0002 / 8, hourly.below(), 1e-20);
    assertEquals(0.0001 / 8, hourly.interestRate(), 1e-20);
    assertEquals(5e-9 / 8, hourly.pinnedTolerance(), 1e-24);
  }

  @Test
  void badInput_namesParameterAndValue() {
    IllegalArgumentException order = assertThrows(IllegalArgumentException.class,
        () -> SummarySettings.DEFAULT.withThresholds(0.0001, 0.0002));
    assertEquals("below must be <= above (1.0E-4), was 2.0E-4", order.getMessage());
    IllegalArgumentException tol = assertThrows(IllegalArgumentException.class,
        () -> SummarySettings.DEFAULT.withInterestRate(0.0001, -1e-9));
    assertEquals("pinnedTolerance must be >= 0, was -1.0E-9", tol.getMessage());
    IllegalArgumentException basis = assertThrows(IllegalArgumentException.class,
        () -> new SummarySettings(Duration.ZERO, 0.0005, -0.0002, 0.0001, 0));
    assertEquals("basis must be positive, was PT0S", basis.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> SummarySettings.DEFAULT.withThresholds(Double.NaN, 0));
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(SummarySettings.DEFAULT,
            new SummarySettings(H8, 0.0005, -0.0002, 0.0001, 5e-9),
            SummarySettings.DEFAULT.withThresholds(0.0005, -0.0002))
        .addEqualityGroup(SummarySettings.DEFAULT.withThresholds(0, 0),
            SummarySettings.DEFAULT.withThresholds(-0.0, -0.0))
        .addEqualityGroup(SummarySettings.DEFAULT.withInterestRate(0.0003, 0))
        .addEqualityGroup(SummarySettings.DEFAULT.inBasis(Duration.ofHours(1)))
        .testEquals();
  }

  @Test
  void nulls_areRejected() {
    new NullPointerTester()
        .setDefault(Duration.class, H8)
        .testAllPublicConstructors(SummarySettings.class);
    new NullPointerTester()
        .setDefault(Duration.class, H8)
        .testAllPublicInstanceMethods(SummarySettings.DEFAULT);
  }
}
