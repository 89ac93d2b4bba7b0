package dev.fundingkit.examples.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SettlementIntervalsTest {

  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private static final Duration H8 = Duration.ofHours(8);
  private static final Duration H4 = Duration.ofHours(4);

  private static Instant[] at(long... hours) {
    Instant[] out = new Instant[hours.length];
    for (int i = 0; i < hours.length; i++) {
      out[i] = T0.plus(Duration.ofHours(hours[i]));
    }
    return out;
  }

  @Test
  void regularSpacing() {
    assertArrayEquals(new Duration[] {H8, H8, H8}, SettlementIntervals.infer(at(0, 8, 16)));
  }

  @Test
  void aMissingRowIsAGapNotANewInterval() {
    assertArrayEquals(new Duration[] {H8, H8, H8, H8},
        SettlementIntervals.infer(at(0, 8, 24, 32)));
  }

  @Test
  void anIntervalChangeIsFollowed_andALongerIntervalConfirmedByTheNextStep() {
    assertArrayEquals(new Duration[] {H8, H8, H4, H4, H8, H8},
        SettlementIntervals.infer(at(0, 8, 12, 16, 24, 32)));
  }

  @Test
  void millisecondJitterIsRoundedAway() {
    Instant[] t = {T0.plusMillis(3), T0.plus(H8).plusMillis(11), T0.plus(H8.multipliedBy(2))};
    assertArrayEquals(new Duration[] {H8, H8, H8}, SettlementIntervals.infer(t));
  }

  @Test
  void aLateSettlementDoesNotLookLikeANewInterval() {
    Duration h1 = Duration.ofHours(1);
    Instant[] t = {T0, T0.plus(h1), T0.plus(h1.multipliedBy(2)).plusSeconds(110),
        T0.plus(h1.multipliedBy(3)), T0.plus(h1.multipliedBy(4))};
    assertArrayEquals(new Duration[] {h1, h1, h1, h1, h1}, SettlementIntervals.infer(t));
  }

  @Test
  void aSettlementTwelveMinutesLateKeepsTheHourlyInterval() {
    // Steps of 72 and 48 minutes are themselves funding intervals, but neither persists.
    Instant[] t = at(0, 1, 2, 3, 4);
    t[2] = t[2].plusSeconds(720);
    Duration h1 = Duration.ofHours(1);
    assertArrayEquals(new Duration[] {h1, h1, h1, h1, h1}, SettlementIntervals.infer(t));
  }

  @Test
  void rejectsTooFewOrUnsortedTimes() {
    assertThrows(IllegalArgumentException.class, () -> SettlementIntervals.infer(at(0)));
    assertThrows(IllegalArgumentException.class, () -> SettlementIntervals.infer(at(8, 0)));
  }
}
