package dev.fundingkit.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.series.IntervalSource;
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

  @Test
  void everyCarriedTypeIsAFlinkPojoWithGenericTypesDisabled() throws Exception {
    SerializerConfigImpl config = new SerializerConfigImpl();
    config.setGenericTypes(false);
    roundTrip(FundingTypes.FUNDING_EVENT, EVENT, config);
    roundTrip(FundingTypes.SERIES_POINT, POINT, config);
    roundTrip(FundingTypes.GAP_ROW, GAP, config);
    roundTrip(FundingTypes.VENUE_RATE_READING, READING, config);
    roundTrip(FundingTypes.AGGREGATE_ROW, ROW, config);
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
