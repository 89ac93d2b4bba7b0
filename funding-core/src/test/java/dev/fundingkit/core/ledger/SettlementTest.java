package dev.fundingkit.core.ledger;

import static dev.fundingkit.core.ledger.LedgerFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.venue.PaymentPrice;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SettlementTest {

  private static final FundingRate RATE = FundingRate.of(-0.0003, Duration.ofHours(8));

  @Test
  void validatesPrice_andNamesItsKind() {
    assertEquals("price must be > 0, was 0.0", assertThrows(IllegalArgumentException.class,
        () -> Settlement.of(T0, RATE, 0)).getMessage());
    assertEquals("price must be finite, was NaN", assertThrows(
        IllegalArgumentException.class, () -> Settlement.of(T0, RATE, Double.NaN)).getMessage());
    assertEquals(PaymentPrice.MARK, Settlement.of(T0, RATE, 1).paymentPrice());
    assertEquals(PaymentPrice.ORACLE,
        Settlement.of(T0, RATE, 1, PaymentPrice.ORACLE).paymentPrice());
  }

  @Test
  void nullsAndEquality() {
    NullPointerTester npt = new NullPointerTester()
        .setDefault(Instant.class, T0).setDefault(FundingRate.class, RATE);
    npt.testAllPublicStaticMethods(Settlement.class);
    npt.testAllPublicConstructors(Settlement.class);
    new EqualsTester()
        .addEqualityGroup(Settlement.of(T0, RATE, 100),
            new Settlement(T0, RATE, 100, PaymentPrice.MARK))
        .addEqualityGroup(Settlement.of(T0, RATE, 101))
        .addEqualityGroup(Settlement.of(T0, RATE, 100, PaymentPrice.INDEX))
        .addEqualityGroup(Settlement.of(T0.plusSeconds(1), RATE, 100))
        .addEqualityGroup(Settlement.of(T0, RATE.negated(), 100))
        .testEquals();
  }
}
