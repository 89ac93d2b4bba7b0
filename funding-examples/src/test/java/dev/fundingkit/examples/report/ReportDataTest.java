package dev.fundingkit.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportDataTest {

  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  private static Instant[] times(long... hours) {
    Instant[] out = new Instant[hours.length];
    for (int i = 0; i < hours.length; i++) {
      out[i] = T0.plus(Duration.ofHours(hours[i]));
    }
    return out;
  }

  @Test
  void demoIsSyntheticWithSpot() {
    ReportData demo = ReportData.demo();
    assertTrue(demo.synthetic());
    assertTrue(demo.source().startsWith("SYNTHETIC"));
    assertEquals(DemoData.SETTLEMENTS, demo.size());
    assertEquals(Optional.of(Duration.ofHours(8)), demo.commonInterval());
    assertEquals(DemoData.SETTLEMENTS, demo.spotPrices().orElseThrow().length);
  }

  @Test
  void inferredIntervalsAndTheirChange() {
    ReportData d = ReportData.inferringIntervals("x", "test", times(0, 8, 16, 20, 24),
        new double[] {1e-4, 1e-4, 2e-4, 1e-4, 0});
    assertFalse(d.synthetic());
    assertEquals(Optional.empty(), d.commonInterval());
    assertEquals(Optional.of("from 8h to 4h at 2024-01-01T20:00:00Z"), d.firstIntervalChange());
    assertEquals(FundingRate.of(1e-4, Duration.ofHours(4)), d.rates()[3]);
    assertTrue(d.spotTimes().isEmpty());
  }

  @Test
  void copiesAreDefensive() {
    ReportData d = ReportData.inferringIntervals("x", "test", times(0, 8),
        new double[] {1e-4, 2e-4});
    d.times()[0] = T0.plusSeconds(99);
    assertEquals(T0, d.times()[0]);
  }

  @Test
  void validates() {
    double[] two = {1e-4, 2e-4};
    assertThrows(IllegalArgumentException.class,
        () -> ReportData.inferringIntervals("x", "t", times(0, 8), new double[] {1e-4}));
    assertThrows(IllegalArgumentException.class,
        () -> ReportData.inferringIntervals("x", "t", times(8, 0), two));
    assertThrows(IllegalArgumentException.class,
        () -> ReportData.inferringIntervals(" ", "t", times(0, 8), two));
    assertThrows(IllegalArgumentException.class,
        () -> ReportData.inferringIntervals("x", "t", times(0, 8), new double[] {1e-4,
            Double.NaN}));
    ReportData d = ReportData.inferringIntervals("x", "t", times(0, 8), two);
    assertThrows(IllegalArgumentException.class,
        () -> d.withSpot(times(0, 8), new double[] {1, -1}));
    new NullPointerTester().testAllPublicInstanceMethods(d);
  }
}
