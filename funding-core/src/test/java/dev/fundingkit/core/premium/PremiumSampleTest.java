package dev.fundingkit.core.premium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PremiumSampleTest {

  private static final Instant T = Instant.parse("2025-01-01T00:00:00Z");

  @Test
  void equalsAndNegativeZero() {
    new EqualsTester()
        .addEqualityGroup(PremiumSample.of(T, 0.0), PremiumSample.of(T, -0.0))
        .addEqualityGroup(PremiumSample.of(T, 0.001))
        .addEqualityGroup(PremiumSample.of(T.plusSeconds(5), 0.001))
        .testEquals();
  }

  @Test
  void badInput_isRejected() {
    assertEquals("premium must be finite, was NaN",
        assertThrows(IllegalArgumentException.class, () -> PremiumSample.of(T, Double.NaN))
            .getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> PremiumSample.of(T, Double.NEGATIVE_INFINITY));
    new NullPointerTester().setDefault(Instant.class, T)
        .testAllPublicStaticMethods(PremiumSample.class);
    new NullPointerTester().setDefault(Instant.class, T)
        .testAllPublicConstructors(PremiumSample.class);
  }
}
