package dev.fundingkit.stats.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeRunTest {

  private static final Instant T = Instant.parse("2020-03-14T08:00:00Z");

  @Test
  void duration_isEndMinusStart() {
    assertEquals(Duration.ofHours(64),
        new TimeRun(T, Instant.parse("2020-03-17T00:00:00Z"), 8).duration());
  }

  @Test
  void badInput_namesParameterAndValue() {
    IllegalArgumentException end =
        assertThrows(IllegalArgumentException.class, () -> new TimeRun(T, T, 1));
    assertEquals("end must be after start (2020-03-14T08:00:00Z), was 2020-03-14T08:00:00Z",
        end.getMessage());
    IllegalArgumentException prints = assertThrows(IllegalArgumentException.class,
        () -> new TimeRun(T, T.plusSeconds(1), 0));
    assertEquals("prints must be >= 1, was 0", prints.getMessage());
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(new TimeRun(T, T.plusSeconds(60), 1), new TimeRun(T, T.plusSeconds(60), 1))
        .addEqualityGroup(new TimeRun(T, T.plusSeconds(60), 2))
        .addEqualityGroup(new TimeRun(T.minusSeconds(1), T.plusSeconds(60), 1))
        .testEquals();
  }

  @Test
  void nulls_areRejected() {
    new NullPointerTester().setDefault(Instant.class, T).testAllPublicConstructors(TimeRun.class);
  }
}
