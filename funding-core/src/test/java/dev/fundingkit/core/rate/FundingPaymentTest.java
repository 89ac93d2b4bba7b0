package dev.fundingkit.core.rate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FundingPaymentTest {

  private static final FundingRate R = FundingRate.ofPercent(0.01, Duration.ofHours(8));

  @Test
  void of_computesTheCashFlow_andTheLongPaysAPositiveRate() {
    FundingPayment p = FundingPayment.of(R, PositionSide.LONG, 10_000);
    // 0.01 % of 10,000 = 1, paid by the long.
    assertEquals(-1.0, p.cashFlow(), 1e-12);
    assertTrue(p.pays());
    FundingPayment c = p.counterparty();
    assertEquals(PositionSide.SHORT, c.side());
    assertEquals(1.0, c.cashFlow(), 1e-12);
    assertFalse(c.pays());
    assertEquals(10_000, c.positionValue(), 0);
    assertEquals(R, c.rate());
  }

  @Test
  void zeroFlow_neitherPays_andIsPositiveZero() {
    FundingPayment zero = FundingPayment.of(R.withValue(0), PositionSide.LONG, 10_000);
    assertFalse(zero.pays());
    assertEquals(0.0, zero.cashFlow());
    assertFalse(FundingPayment.of(R, PositionSide.LONG, 0).pays());
    // A -0.0 cash flow given by hand is the same payment as +0.0.
    assertEquals(zero, new FundingPayment(R.withValue(0), PositionSide.LONG, 10_000, -0.0));
  }

  @Test
  void constructor_rejectsACashFlowTheRateDoesNotImply() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new FundingPayment(R, PositionSide.LONG, 10_000, 1.0));
    assertTrue(e.getMessage().startsWith("cashFlow must be -1.0"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> FundingPayment.of(R, PositionSide.LONG, -1));
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(FundingPayment.of(R, PositionSide.LONG, 100),
            FundingPayment.of(FundingRate.parse("0.01%/8h"), PositionSide.LONG, 100))
        .addEqualityGroup(FundingPayment.of(R, PositionSide.SHORT, 100))
        .addEqualityGroup(FundingPayment.of(R, PositionSide.LONG, 200))
        .testEquals();
    new NullPointerTester().setDefault(FundingRate.class, R)
        .testAllPublicStaticMethods(FundingPayment.class);
  }
}
