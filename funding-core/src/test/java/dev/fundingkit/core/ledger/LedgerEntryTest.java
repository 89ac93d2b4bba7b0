package dev.fundingkit.core.ledger;

import static dev.fundingkit.core.ledger.LedgerFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.rate.FundingPayment;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.rate.PositionSide;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LedgerEntryTest {

  private static final Settlement S =
      Settlement.of(T0, FundingRate.of(-0.0003, Duration.ofHours(8)), 200);

  @Test
  void derivesSideValueAndPayment() {
    LedgerEntry short2 = new LedgerEntry(S, -2, -0.12);
    assertEquals(PositionSide.SHORT, short2.side());
    assertEquals(400.0, short2.positionValue(), 0);
    assertEquals(-0.12, short2.cashFlow(), 1e-15);
    assertEquals(FundingPayment.of(S.rate(), PositionSide.SHORT, 400), short2.payment());
    assertEquals(PositionSide.LONG, new LedgerEntry(S, 2, 0.12).side());
  }

  @Test
  void badInput_namesParameterAndValue() {
    assertEquals("size must be non-zero, was 0.0", assertThrows(IllegalArgumentException.class,
        () -> new LedgerEntry(S, 0, 0)).getMessage());
    assertEquals("cumulative must be finite, was NaN", assertThrows(
        IllegalArgumentException.class, () -> new LedgerEntry(S, 1, Double.NaN)).getMessage());
  }

  @Test
  void nullsAndEquality() {
    new NullPointerTester().setDefault(Settlement.class, S)
        .testAllPublicConstructors(LedgerEntry.class);
    new EqualsTester()
        .addEqualityGroup(new LedgerEntry(S, 1, 0.06), new LedgerEntry(S, 1, 0.06))
        .addEqualityGroup(new LedgerEntry(S, 2, 0.06))
        .addEqualityGroup(new LedgerEntry(S, 1, 0.07))
        .testEquals();
  }
}
