package dev.fundingkit.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.fundingkit.stats.regime.RegimeKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InjectedEpisodeTest {

  private static final Instant A = Instant.parse("2024-05-30T00:00:00Z");
  private static final Instant B = Instant.parse("2024-06-06T00:00:00Z");

  private static InjectedEpisode episode(double level) {
    return new InjectedEpisode(RegimeKind.PERSISTENT_NEGATIVE, A, B, level, -0.04, "hedging");
  }

  @Test
  void containsIsHalfOpen() {
    InjectedEpisode e = episode(-1.5e-4);
    assertTrue(e.contains(A));
    assertFalse(e.contains(B));
    assertFalse(e.contains(A.minusMillis(1)));
  }

  @Test
  void validates() {
    assertThrows(IllegalArgumentException.class, () -> new InjectedEpisode(
        RegimeKind.EXTREME_SPIKE, B, A, -0.003, 0, "x"));
    assertThrows(IllegalArgumentException.class, () -> episode(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> new InjectedEpisode(
        RegimeKind.EXTREME_SPIKE, A, B, -0.003, -1, "x"));
    assertThrows(IllegalArgumentException.class, () -> new InjectedEpisode(
        RegimeKind.EXTREME_SPIKE, A, B, -0.003, 0, " "));
    // -0.0 is normalised to 0.0
    assertEquals(Double.POSITIVE_INFINITY,
        1 / new InjectedEpisode(RegimeKind.EXTREME_SPIKE, A, B, -0.0, 0, "x").fundingLevel());
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(episode(-1.5e-4), episode(-1.5e-4))
        .addEqualityGroup(episode(-2e-4))
        .testEquals();
    new NullPointerTester().setDefault(Instant.class, A).testAllPublicInstanceMethods(
        episode(-1.5e-4));
  }
}
