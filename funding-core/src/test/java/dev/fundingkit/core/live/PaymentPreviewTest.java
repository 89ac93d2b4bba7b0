package dev.fundingkit.core.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.rate.PositionSide;
import dev.fundingkit.core.venue.PaymentPrice;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PaymentPreviewTest {

  private static final Instant T = Instant.parse("2025-03-03T16:00:00Z");
  private static final FundingRate RATE = FundingRate.of(0.0001, Duration.ofHours(8));

  private static PaymentPreview preview(PositionSide side, double cash) {
    return new PaymentPreview(T, RATE, false, side, PaymentPrice.MARK, 50_000,
        T.minusSeconds(5), 100_000, cash);
  }

  @Test
  void equality_isByEveryFigure() {
    new EqualsTester()
        .addEqualityGroup(preview(PositionSide.LONG, -10), preview(PositionSide.LONG, -10))
        .addEqualityGroup(preview(PositionSide.SHORT, 10))
        .addEqualityGroup(new PaymentPreview(T, RATE, true, PositionSide.LONG,
            PaymentPrice.MARK, 50_000, T.minusSeconds(5), 100_000, -10))
        .testEquals();
  }

  @Test
  void toString_saysWhoPaysWhatWhen() {
    assertEquals("PaymentPreview[LONG pays -10.0 at 2025-03-03T16:00:00Z, 0.01%/8h predicted on"
        + " 100000.0 at mark 50000.0]", preview(PositionSide.LONG, -10).toString());
    assertEquals("PaymentPreview[SHORT receives 10.0 at 2025-03-03T16:00:00Z, 0.01%/8h"
        + " predicted on 100000.0 at mark 50000.0]", preview(PositionSide.SHORT, 10).toString());
  }

  @Test
  void serialization_roundTripsEqual() throws Exception {
    PaymentPreview p = preview(PositionSide.LONG, -10);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(p);
    }
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(p, in.readObject());
    }
  }

  @Test
  void inconsistentFigures_areRefused() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new PaymentPreview(T, RATE, false, PositionSide.LONG, PaymentPrice.MARK, 1, T,
            -1, 0));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new PaymentPreview(T, RATE, false, PositionSide.LONG, PaymentPrice.MARK, 1, T,
            1, Double.NaN));
  }

  @Test
  void negativeZeroCashFlow_isStoredAsZero() {
    assertEquals(0.0, preview(PositionSide.LONG, -0.0).cashFlow(), 0.0);
    assertEquals(Double.doubleToRawLongBits(0.0),
        Double.doubleToRawLongBits(preview(PositionSide.LONG, -0.0).cashFlow()));
  }

  @Test
  void accessors_returnTheFiguresGiven() {
    PaymentPreview p = new PaymentPreview(T, RATE, true, PositionSide.SHORT, PaymentPrice.ORACLE,
        50_000, T.minusSeconds(5), 100_000, 10);
    assertEquals(T, p.settlement());
    assertEquals(RATE, p.rate());
    assertTrue(p.isRateFixed());
    assertFalse(preview(PositionSide.LONG, -10).isRateFixed());
    assertEquals(PositionSide.SHORT, p.side());
    assertEquals(PaymentPrice.ORACLE, p.priceKind());
    assertEquals(50_000, p.price(), 0);
    assertEquals(T.minusSeconds(5), p.priceObservedAt());
    assertEquals(100_000, p.positionValue(), 0);
    assertEquals(10, p.cashFlow(), 0);
  }

  @Test
  void pays_onlyWhenTheFlowIsNegative() {
    assertTrue(preview(PositionSide.LONG, -10).pays());
    assertFalse(preview(PositionSide.SHORT, 10).pays());
    // A zero flow (a zero rate) is not a payment.
    assertFalse(preview(PositionSide.LONG, 0).pays());
  }

  @Test
  void aZeroPositionValue_isAccepted() {
    // A flat position previews a zero flow; only a negative value is refused.
    assertEquals(0.0, new PaymentPreview(T, RATE, false, PositionSide.LONG, PaymentPrice.MARK,
        1, T, 0, 0).positionValue(), 0);
  }

  @Test
  void distinctPreviews_hashDifferently() {
    // EqualsTester checks only that equal previews hash alike; a constant hash would pass it.
    assertNotEquals(preview(PositionSide.LONG, -10).hashCode(),
        preview(PositionSide.SHORT, 10).hashCode());
  }
}
