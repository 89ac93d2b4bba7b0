package dev.fundingkit.core.carry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CarryCandidateTest {

  private static final FundingRate RATE = FundingRate.of(-0.0003, Duration.ofHours(8));

  @Test
  void validatesAndCompares() {
    assertEquals("asset must not be blank, was ''", assertThrows(IllegalArgumentException.class,
        () -> CarryCandidate.of("", RATE, 0.08)).getMessage());
    assertEquals("borrow must be >= 0, was -0.08", assertThrows(IllegalArgumentException.class,
        () -> CarryCandidate.of("BTC", RATE, -0.08)).getMessage());
    NullPointerTester npt = new NullPointerTester().setDefault(FundingRate.class, RATE)
        .setDefault(String.class, "BTC");
    npt.testAllPublicStaticMethods(CarryCandidate.class);
    npt.testAllPublicConstructors(CarryCandidate.class);
    new EqualsTester()
        .addEqualityGroup(CarryCandidate.of("BTC", RATE, 0.08), new CarryCandidate("BTC", RATE,
            0.08))
        .addEqualityGroup(CarryCandidate.of("ETH", RATE, 0.08))
        .addEqualityGroup(CarryCandidate.of("BTC", RATE.negated(), 0.08))
        .addEqualityGroup(CarryCandidate.of("BTC", RATE, 0.09))
        .testEquals();
  }
}
