package dev.fundingkit.core.ledger;

import static dev.fundingkit.core.ledger.LedgerFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SizeChangeTest {

  @Test
  void validatesAndNormalises() {
    assertEquals("size must be finite, was Infinity", assertThrows(
        IllegalArgumentException.class,
        () -> SizeChange.of(T0, Double.POSITIVE_INFINITY)).getMessage());
    assertEquals(0, Double.compare(0.0, SizeChange.of(T0, -0.0).size()));
    NullPointerTester npt = new NullPointerTester().setDefault(Instant.class, T0);
    npt.testAllPublicStaticMethods(SizeChange.class);
    npt.testAllPublicConstructors(SizeChange.class);
    new EqualsTester()
        .addEqualityGroup(SizeChange.of(T0, 1), new SizeChange(T0, 1))
        .addEqualityGroup(SizeChange.of(T0, -1))
        .addEqualityGroup(SizeChange.of(T0.plusSeconds(1), 1))
        .testEquals();
  }
}
