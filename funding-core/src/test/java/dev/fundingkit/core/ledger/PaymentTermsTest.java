package dev.fundingkit.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.venue.Accrual;
import dev.fundingkit.core.venue.FundingConventions;
import dev.fundingkit.core.venue.PaymentPrice;
import dev.fundingkit.core.venue.UnknownFundingRuleException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PaymentTermsTest {

  private static final Instant AT = Instant.parse("2025-10-01T00:00:00Z");

  @Test
  void venueFactory_readsPaymentPriceAccrualAndIntervalsAhead() {
    assertEquals(PaymentTerms.of(PaymentPrice.MARK, Accrual.AT_SETTLEMENT, 1, Duration.ZERO),
        PaymentTerms.of(FundingConventions.BITMEX, AT));
    assertEquals(PaymentTerms.of(PaymentPrice.MARK, Accrual.CONTINUOUS, 0, Duration.ZERO),
        PaymentTerms.of(FundingConventions.DERIBIT, AT));
    assertEquals(PaymentTerms.of(PaymentPrice.ORACLE, Accrual.AT_SETTLEMENT, 0, Duration.ZERO),
        PaymentTerms.of(FundingConventions.HYPERLIQUID, AT));
    assertThrows(UnknownFundingRuleException.class,
        () -> PaymentTerms.of(FundingConventions.BINANCE_USDM, Instant.EPOCH));
  }

  @Test
  void paidAt_addsTheIntervalsAhead() {
    Duration h8 = Duration.ofHours(8);
    assertEquals(AT.plus(h8), PaymentTerms.defaults().withIntervalsAhead(1).paidAt(AT, h8));
    assertEquals(AT, PaymentTerms.defaults().paidAt(AT, h8));
  }

  @Test
  void badInput_namesParameterAndValue() {
    assertEquals("intervalsAhead must be >= 0, was -1", assertThrows(
        IllegalArgumentException.class,
        () -> PaymentTerms.defaults().withIntervalsAhead(-1)).getMessage());
    assertEquals("snapshotTolerance must be >= 0, was PT-1S", assertThrows(
        IllegalArgumentException.class,
        () -> PaymentTerms.defaults().withSnapshotTolerance(Duration.ofSeconds(-1)))
        .getMessage());
  }

  @Test
  void nullsEqualityAndSerialization() throws IOException, ClassNotFoundException {
    NullPointerTester npt = new NullPointerTester().setDefault(Instant.class, AT)
        .setDefault(Duration.class, Duration.ofHours(8));
    npt.testAllPublicStaticMethods(PaymentTerms.class);
    npt.testAllPublicInstanceMethods(PaymentTerms.defaults());
    PaymentTerms d = PaymentTerms.defaults();
    new EqualsTester()
        .addEqualityGroup(d, PaymentTerms.of(PaymentPrice.MARK, Accrual.AT_SETTLEMENT, 0,
            Duration.ZERO), roundTrip(d))
        .addEqualityGroup(d.withPaymentPrice(PaymentPrice.INDEX))
        .addEqualityGroup(d.withAccrual(Accrual.CONTINUOUS))
        .addEqualityGroup(d.withIntervalsAhead(1), roundTrip(d.withIntervalsAhead(1)))
        .addEqualityGroup(d.withSnapshotTolerance(FundingLedger.BINANCE_SNAPSHOT_TOLERANCE))
        .testEquals();
    assertEquals("PaymentTerms[MARK, AT_SETTLEMENT, 0 intervals ahead, tolerance PT0S]",
        d.toString());
  }

  private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }

  @Test
  void hashCode_separatesTermsThatDifferInOneField() {
    PaymentTerms d = PaymentTerms.defaults();
    java.util.List<PaymentTerms> all = java.util.List.of(d, d.withPaymentPrice(PaymentPrice.INDEX),
        d.withAccrual(Accrual.CONTINUOUS), d.withIntervalsAhead(1),
        d.withSnapshotTolerance(Duration.ofSeconds(15)));
    assertEquals(all.size(), all.stream().mapToInt(Object::hashCode).distinct().count());
  }
}
