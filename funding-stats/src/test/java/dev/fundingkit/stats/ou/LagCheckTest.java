package dev.fundingkit.stats.ou;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class LagCheckTest {

  private static final Duration H8 = Duration.ofHours(8);

  @Test
  void lagCheck_consistency() {
    LagCheck in = new LagCheck(H8, OptionalDouble.of(0.02), new ConfidenceInterval(0.01, 0.03));
    assertTrue(in.consistent());
    assertFalse(new LagCheck(H8, OptionalDouble.of(0.05), new ConfidenceInterval(0.01, 0.03))
        .consistent());
    assertTrue(new LagCheck(H8, OptionalDouble.empty(),
        new ConfidenceInterval(0.01, Double.POSITIVE_INFINITY)).consistent());
    assertThrows(IllegalArgumentException.class, () -> new LagCheck(Duration.ZERO,
        OptionalDouble.empty(), new ConfidenceInterval(0, 1)));
    new NullPointerTester().setDefault(Duration.class, H8)
        .setDefault(ConfidenceInterval.class, new ConfidenceInterval(0, 1))
        .testAllPublicConstructors(LagCheck.class);
    new EqualsTester().addEqualityGroup(in, new LagCheck(H8, OptionalDouble.of(0.02),
        new ConfidenceInterval(0.01, 0.03))).addEqualityGroup(new LagCheck(H8,
        OptionalDouble.empty(), new ConfidenceInterval(0.01, 0.03))).testEquals();
  }

  @Test
  void serialization_roundTripsPresentAndAbsentTheta() throws Exception {
    for (LagCheck c : new LagCheck[] {
        new LagCheck(H8, OptionalDouble.of(0.02), new ConfidenceInterval(0.01, 0.03)),
        new LagCheck(H8, OptionalDouble.empty(), new ConfidenceInterval(0.01, 0.03))}) {
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
        out.writeObject(c);
      }
      try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
          new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
        org.junit.jupiter.api.Assertions.assertEquals(c, in.readObject());
      }
    }
  }
}
