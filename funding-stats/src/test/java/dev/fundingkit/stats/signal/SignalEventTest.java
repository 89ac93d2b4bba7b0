package dev.fundingkit.stats.signal;

import dev.fundingkit.core.rate.FundingRate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignalEventTest {

  private static final Instant T = Instant.parse("2024-03-01T08:00:00Z");

  @Test
  void badInput_namesParameterAndValue() {
    IllegalArgumentException z = assertThrows(IllegalArgumentException.class,
        () -> new SignalEvent(T, FundingRate.of(-0.0005, java.time.Duration.ofHours(8)), Double.NaN, SignalEvent.Kind.ENTER));
    assertEquals("z must be finite, was NaN", z.getMessage());
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(new SignalEvent(T, FundingRate.of(-0.0005, java.time.Duration.ofHours(8)), -2.1, SignalEvent.Kind.ENTER),
            new SignalEvent(T, FundingRate.of(-0.0005, java.time.Duration.ofHours(8)), -2.1, SignalEvent.Kind.ENTER))
        .addEqualityGroup(new SignalEvent(T, FundingRate.of(-0.0005, java.time.Duration.ofHours(8)), -2.1, SignalEvent.Kind.EXIT))
        .addEqualityGroup(new SignalEvent(T.plusSeconds(1), FundingRate.of(-0.0005, java.time.Duration.ofHours(8)), -2.1, SignalEvent.Kind.ENTER))
        .addEqualityGroup(new SignalEvent(T, FundingRate.of(0.0, java.time.Duration.ofHours(8)), 0.0, SignalEvent.Kind.EXIT),
            new SignalEvent(T, FundingRate.of(-0.0, java.time.Duration.ofHours(8)), -0.0, SignalEvent.Kind.EXIT))
        .testEquals();
  }

  @Test
  void nulls_areRejected() {
    new NullPointerTester()
        .setDefault(Instant.class, T)
        .setDefault(SignalEvent.Kind.class, SignalEvent.Kind.ENTER)
        .setDefault(FundingRate.class, FundingRate.of(-0.0005, java.time.Duration.ofHours(8)))
        .testAllPublicConstructors(SignalEvent.class);
  }
}
