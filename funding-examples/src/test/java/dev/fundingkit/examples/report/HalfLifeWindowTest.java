package dev.fundingkit.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import dev.fundingkit.stats.ou.OuVerdict;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HalfLifeWindowTest {

  private static final Instant END = Instant.parse("2024-04-01T00:00:00Z");

  @Test
  void anUnboundedUpperLimitIsAllowed() {
    assertEquals(Double.POSITIVE_INFINITY, new HalfLifeWindow(END, 30, 20,
        Double.POSITIVE_INFINITY, OuVerdict.UNIT_ROOT_NOT_REJECTED).upper());
  }

  @Test
  void aZeroLowerLimitIsAllowed() {
    assertEquals(0.0, new HalfLifeWindow(END, 3, 0, 9, OuVerdict.MEAN_REVERTING).lower());
  }

  @Test
  void validates() {
    assertThrows(IllegalArgumentException.class,
        () -> new HalfLifeWindow(END, 0, 1, 2, OuVerdict.MEAN_REVERTING));
    assertThrows(IllegalArgumentException.class,
        () -> new HalfLifeWindow(END, 3, -1, 2, OuVerdict.MEAN_REVERTING));
    assertThrows(IllegalArgumentException.class,
        () -> new HalfLifeWindow(END, 3, 2, 1, OuVerdict.MEAN_REVERTING));
    assertThrows(NullPointerException.class,
        () -> new HalfLifeWindow(null, 3, 2, 4, OuVerdict.MEAN_REVERTING));
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(new HalfLifeWindow(END, 3, 2, 4, OuVerdict.MEAN_REVERTING),
            new HalfLifeWindow(END, 3, 2, 4, OuVerdict.MEAN_REVERTING))
        .addEqualityGroup(new HalfLifeWindow(END, 3, 2, 5, OuVerdict.MEAN_REVERTING))
        .testEquals();
  }
}
