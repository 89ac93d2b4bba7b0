package dev.fundingkit.stats.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class SignalBandsTest {

  @Test
  void default_isTwoAndAHalfSds() {
    assertEquals(SignalBands.of(2.0, 0.5), SignalBands.DEFAULT);
    assertEquals(-2.0, SignalBands.DEFAULT.entryZ(FarmSide.REVERSE));
    assertEquals(-0.5, SignalBands.DEFAULT.exitZ(FarmSide.REVERSE));
    assertEquals(2.0, SignalBands.DEFAULT.entryZ(FarmSide.FORWARD));
    assertEquals(0.5, SignalBands.DEFAULT.exitZ(FarmSide.FORWARD));
  }

  @Test
  void exitAtOrBeyondTheMean_isAllowed() {
    assertEquals(0.0, SignalBands.of(2, -0.0).exitZ(FarmSide.REVERSE));
    assertEquals(0.5, SignalBands.of(2, -0.5).exitZ(FarmSide.REVERSE));
  }

  @Test
  void badInput_namesParameterAndValue() {
    IllegalArgumentException entry =
        assertThrows(IllegalArgumentException.class, () -> SignalBands.of(0, -1));
    assertEquals("entrySds must be > 0, was 0.0", entry.getMessage());
    IllegalArgumentException exit =
        assertThrows(IllegalArgumentException.class, () -> SignalBands.of(2, 2));
    assertEquals("exitSds must be < entrySds (2.0), was 2.0", exit.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SignalBands.of(2, Double.NaN));
    assertThrows(IllegalArgumentException.class,
        () -> SignalBands.DEFAULT.withEntrySds(Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> SignalBands.DEFAULT.withExitSds(3));
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(SignalBands.DEFAULT, SignalBands.of(2, 0.5),
            SignalBands.of(3, 0.5).withEntrySds(2))
        .addEqualityGroup(SignalBands.of(2, 0.0), SignalBands.of(2, -0.0))
        .addEqualityGroup(SignalBands.DEFAULT.withExitSds(1))
        .testEquals();
  }

  @Test
  void nulls_areRejected() {
    new NullPointerTester().testAllPublicStaticMethods(SignalBands.class);
    new NullPointerTester().testAllPublicInstanceMethods(SignalBands.DEFAULT);
  }
}
