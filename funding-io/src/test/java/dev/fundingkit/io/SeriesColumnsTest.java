package dev.fundingkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SeriesColumnsTest {

  @Test
  void defaults_followTheCliContract() {
    assertEquals(List.of("time", "timestamp", "funding_time_utc", "fundingTime", "calc_time"),
        SeriesColumns.DEFAULT_TIME_COLUMNS);
    assertEquals(List.of("rate", "funding_rate", "fundingRate", "value", "last_funding_rate"),
        SeriesColumns.DEFAULT_VALUE_COLUMNS);
    assertEquals(Optional.empty(), SeriesColumns.defaults().timeColumn());
    assertEquals(List.of(), SeriesColumns.defaults().valueColumns());
    assertEquals(List.of(), SeriesColumns.defaults().filters());
  }

  @Test
  void withMethods_returnChangedCopies() {
    SeriesColumns base = SeriesColumns.defaults();
    SeriesColumns changed = base.withTimeColumn(" time_ms ")
        .withValueColumns(List.of("premium", "funding_rate_1h"))
        .withFilter(RowFilter.parse("coin=BTC"));
    assertEquals(Optional.of("time_ms"), changed.timeColumn());
    assertEquals(List.of("premium", "funding_rate_1h"), changed.valueColumns());
    assertEquals(List.of(RowFilter.parse("coin=BTC")), changed.filters());
    assertEquals(SeriesColumns.defaults(), base);
    assertEquals(true, changed.requiresTimeOrder());
    assertEquals(false, changed.withAnyTimeOrder().requiresTimeOrder());
    assertEquals(changed.filters(), changed.withAnyTimeOrder().filters());
  }

  @Test
  void rejectsBlankNames() {
    assertThrows(IllegalArgumentException.class,
        () -> SeriesColumns.defaults().withTimeColumn(" "));
    assertThrows(IllegalArgumentException.class,
        () -> SeriesColumns.defaults().withValueColumns(List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> SeriesColumns.defaults().withValueColumns(List.of("")));
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(SeriesColumns.defaults(), SeriesColumns.defaults())
        .addEqualityGroup(SeriesColumns.defaults().withTimeColumn("t"),
            SeriesColumns.defaults().withTimeColumn("t"))
        .addEqualityGroup(SeriesColumns.defaults().withValueColumns(List.of("v")))
        .addEqualityGroup(SeriesColumns.defaults().withFilter(RowFilter.parse("a=b")))
        .addEqualityGroup(SeriesColumns.defaults().withAnyTimeOrder())
        .testEquals();
    new NullPointerTester().testAllPublicInstanceMethods(SeriesColumns.defaults());
  }
}
