package dev.fundingkit.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VenuePaymentTest {

  private static final Instant T = Instant.parse("2025-10-01T08:00:00Z");

  @Test
  void validatesAmount_andNormalisesNegativeZero() {
    assertEquals("amount must be finite, was NaN", assertThrows(IllegalArgumentException.class,
        () -> VenuePayment.of(T, Double.NaN)).getMessage());
    assertEquals(0.0, VenuePayment.of(T, -0.0).amount(), 0);
    assertEquals(Double.doubleToRawLongBits(0.0),
        Double.doubleToRawLongBits(VenuePayment.of(T, -0.0).amount()));
  }

  @Test
  void nullsEqualityAndSerialization() throws Exception {
    NullPointerTester npt = new NullPointerTester().setDefault(Instant.class, T);
    npt.testAllPublicStaticMethods(VenuePayment.class);
    npt.testAllPublicConstructors(VenuePayment.class);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(VenuePayment.of(T, -3));
    }
    Object back;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = in.readObject();
    }
    new EqualsTester()
        .addEqualityGroup(VenuePayment.of(T, -3), new VenuePayment(T, -3), back)
        .addEqualityGroup(VenuePayment.of(T, 3))
        .addEqualityGroup(VenuePayment.of(T.plusSeconds(1), -3))
        .testEquals();
  }
}
