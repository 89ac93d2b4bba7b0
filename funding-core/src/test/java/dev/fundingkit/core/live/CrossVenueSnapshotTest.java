package dev.fundingkit.core.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fundingkit.core.aggregate.AggregationRule;
import dev.fundingkit.core.aggregate.Weighting;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossVenueSnapshotTest {

  private static final Instant AT = Instant.parse("2025-10-01T15:00:00Z");

  @Test
  void toString_givesTheAggregateAndTheExclusions() {
    CrossVenueSnapshot s = CrossVenueMonitor.of(AggregationRule.of(Weighting.EQUAL),
        List.of(CrossVenueMonitorTest.binance(), CrossVenueMonitorTest.staleBybit()))
        .snapshotAt(AT);
    assertEquals("CrossVenueSnapshot[2025-10-01T15:00:00Z 0.01%/8h, excluded [bybit STALE"
        + " (age PT2H > max PT1H)]]", s.toString());
  }

  @Test
  void lists_areUnmodifiable() {
    CrossVenueSnapshot s = CrossVenueMonitor.of(AggregationRule.of(Weighting.EQUAL),
        List.of(CrossVenueMonitorTest.staleBybit())).snapshotAt(AT);
    assertEquals("CrossVenueSnapshot[2025-10-01T15:00:00Z no aggregate, excluded [bybit STALE"
        + " (age PT2H > max PT1H)]]", s.toString());
    assertThrows(UnsupportedOperationException.class, () -> s.exclusions().clear());
    assertThrows(UnsupportedOperationException.class, () -> s.venues().clear());
    assertThrows(UnsupportedOperationException.class, () -> s.staleVenues().clear());
  }
}
