package dev.fundingkit.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.series.IntervalSource;
import dev.fundingkit.core.ledger.EntryStatus;
import dev.fundingkit.core.ledger.ReconciliationStatus;
import dev.fundingkit.stats.ou.OuVerdict;
import dev.fundingkit.stats.regime.RegimeKind;
import java.util.List;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

class FundingTypesTest {

  private static final FundingEvent EVENT =
      FundingEvent.declared("binance", "BTC-USDT", 1_577_836_800_000L, -0.00012359, 28_800_000L);
  private static final SeriesPoint POINT = new SeriesPoint("binance", "BTC-USDT",
      1_577_836_800_000L, 1_577_836_800_000L, 1e-4, 28_800_000L, IntervalSource.INFERRED, 2);
  private static final GapRow GAP = new GapRow("bybit", "ETH", 0L, 86_400_000L, 28_800_000L, 2);
  private static final VenueRateReading READING =
      new VenueRateReading("okx", "BTC", 5L, 3e-5, 3_600_000L, 1.5e9, 0.0);
  private static final AggregateRow ROW =
      new AggregateRow("BTC", 5L, 1e-4, 28_800_000L, 1, "okx=1.0", "");
  private static final OuWindowRow FIT = new OuWindowRow("okx", "BTC", 9L, 90,
      OuVerdict.MEAN_REVERTING, 0.8, 0.02, 30.0, 12.0, Double.POSITIVE_INFINITY, 1e-4,
      28_800_000L, Double.NaN);
  private static final EpisodeRow EPISODE = new EpisodeRow("okx", "BTC", 9L,
      RegimeKind.PERSISTENT_NEGATIVE, 1L, 5L, -3e-4, -1e-4);
  private static final PremiumTick TICK = new PremiumTick("okx", "BTC", 7L, -2e-4);
  private static final PremiumRateRow RATE = new PremiumRateRow("okx", "BTC", 8L, 7L, false,
      RateStatus.NO_SAMPLES, Double.NaN, 28_800_000L, Double.NaN, 0, Long.MIN_VALUE);
  private static final LedgerInput INPUT = LedgerInput.settlement("okx", "BTC", 8L, 1e-4,
      28_800_000L, 30_000.0);
  private static final LedgerEntryRow ENTRY = new LedgerEntryRow("okx", "BTC", 8L,
      28_800_000L, EntryStatus.MISSING, 2.0, Double.NaN, -1.5, Double.NaN, Double.NaN);
  private static final ReconciliationRow LINE = new ReconciliationRow("okx", "BTC",
      ReconciliationStatus.EXTRA, Long.MIN_VALUE, 9L, Double.NaN, 1.5);

  @Test
  void everyCarriedTypeIsAFlinkPojoWithGenericTypesDisabled() throws Exception {
    SerializerConfigImpl config = new SerializerConfigImpl();
    config.setGenericTypes(false);
    roundTrip(FundingTypes.FUNDING_EVENT, EVENT, config);
    roundTrip(FundingTypes.SERIES_POINT, POINT, config);
    roundTrip(FundingTypes.GAP_ROW, GAP, config);
    roundTrip(FundingTypes.VENUE_RATE_READING, READING, config);
    roundTrip(FundingTypes.AGGREGATE_ROW, ROW, config);
    roundTrip(FundingTypes.OU_WINDOW_ROW, FIT, config);
    roundTrip(FundingTypes.EPISODE_ROW, EPISODE, config);
    roundTrip(FundingTypes.PREMIUM_TICK, TICK, config);
    roundTrip(FundingTypes.PREMIUM_RATE_ROW, RATE, config);
    roundTrip(FundingTypes.LEDGER_INPUT, INPUT, config);
    roundTrip(FundingTypes.LEDGER_INPUT, LedgerInput.payment("okx", "BTC", 9L, -0.5), config);
    roundTrip(FundingTypes.LEDGER_ENTRY_ROW, ENTRY, config);
    roundTrip(FundingTypes.RECONCILIATION_ROW, LINE, config);
  }

  @Test
  void theNewRecordsCheckTheirComponents() {
    assertThrows(IllegalArgumentException.class, () -> new PremiumRateRow("okx", "BTC", 8L, 9L,
        false, RateStatus.OK, 1e-4, 1L, 0.0, 1, 0L));
    assertThrows(IllegalArgumentException.class, () -> new EpisodeRow("okx", "BTC", 9L,
        RegimeKind.EXTREME_SPIKE, 5L, 5L, -1e-3, -1e-3));
    assertThrows(IllegalArgumentException.class,
        () -> new LedgerInput("okx", "BTC", LedgerInput.Kind.SIZE_CHANGE, 1L, 1.0, 5L, 0.0));
    assertThrows(IllegalArgumentException.class,
        () -> LedgerInput.settlement("okx", "BTC", 1L, 1e-4, 0L, 1.0));
    assertThrows(IllegalArgumentException.class,
        () -> new PremiumTick("okx", "BTC", 1L, Double.NaN));
    assertEquals(0.0, new PremiumTick("okx", "BTC", 1L, -0.0).premium());
    NullPointerTester npt = new NullPointerTester().setDefault(String.class, "x")
        .setDefault(OuVerdict.class, OuVerdict.MEAN_REVERTING)
        .setDefault(RegimeKind.class, RegimeKind.EXTREME_SPIKE)
        .setDefault(RateStatus.class, RateStatus.OK)
        .setDefault(LedgerInput.Kind.class, LedgerInput.Kind.PAYMENT)
        .setDefault(EntryStatus.class, EntryStatus.PAID)
        .setDefault(ReconciliationStatus.class, ReconciliationStatus.MATCHED)
        .setDefault(long.class, 1L).setDefault(int.class, 1);
    for (Class<?> c : List.of(OuWindowRow.class, PremiumTick.class, LedgerEntryRow.class,
        ReconciliationRow.class)) {
      npt.testAllPublicConstructors(c);
    }
  }

  private static <T> void roundTrip(TypeInformation<T> info, T value,
      SerializerConfigImpl config) throws Exception {
    assertInstanceOf(PojoTypeInfo.class, info);
    // Throws UnsupportedOperationException if any field would need Kryo.
    TypeSerializer<T> s = info.createSerializer(config);
    DataOutputSerializer out = new DataOutputSerializer(64);
    s.serialize(value, out);
    T back = s.deserialize(new DataInputDeserializer(out.getSharedBuffer(), 0, out.length()));
    assertEquals(value, back);
  }

  @Test
  void recordsRejectNullsAndCompareByValue() {
    NullPointerTester npt = new NullPointerTester().setDefault(String.class, "x")
        .setDefault(long.class, 1L);
    for (Class<?> c : List.of(FundingEvent.class, SeriesPoint.class, GapRow.class,
        VenueRateReading.class, AggregateRow.class)) {
      npt.testAllPublicConstructors(c);
      npt.testAllPublicStaticMethods(c);
    }
    new EqualsTester()
        .addEqualityGroup(EVENT, FundingEvent.declared("binance", "BTC-USDT",
            1_577_836_800_000L, -0.00012359, 28_800_000L))
        .addEqualityGroup(FundingEvent.undeclared("binance", "BTC-USDT", 1L, 0.0))
        .addEqualityGroup(POINT).addEqualityGroup(GAP).addEqualityGroup(READING)
        .addEqualityGroup(ROW)
        .testEquals();
  }

  @Test
  void negativeZeroIsStoredAsZero() {
    assertEquals(0.0, FundingEvent.undeclared("v", "s", 1L, -0.0).value());
    assertEquals("v|s", FundingEvent.undeclared("v", "s", 1L, -0.0).key());
  }
}
