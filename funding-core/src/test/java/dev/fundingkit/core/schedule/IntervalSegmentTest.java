package dev.fundingkit.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IntervalSegmentTest {

  private static final Instant T0 = Instant.parse("2026-02-19T17:00:00Z");
  private static final Duration H1 = Duration.ofHours(1);

  @Test
  void validation_namesTheValue() {
    IllegalArgumentException back = assertThrows(IllegalArgumentException.class,
        () -> new IntervalSegment(T0, T0.minusSeconds(1), H1, 1));
    assertEquals("end must not be before start (2026-02-19T17:00:00Z), was "
        + "2026-02-19T16:59:59Z", back.getMessage());
    IllegalArgumentException count = assertThrows(IllegalArgumentException.class,
        () -> new IntervalSegment(T0, T0, H1, 0));
    assertEquals("count must be >= 1, was 0", count.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new IntervalSegment(T0, T0, Duration.ZERO, 1));
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(new IntervalSegment(T0, T0, H1, 1), new IntervalSegment(T0, T0, H1, 1))
        .addEqualityGroup(new IntervalSegment(T0, T0.plus(H1), H1, 2))
        .testEquals();
    new NullPointerTester()
        .setDefault(Instant.class, T0)
        .setDefault(Duration.class, H1)
        .setDefault(int.class, 1)
        .testAllPublicConstructors(IntervalSegment.class);
  }
}
