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
    // Core's standard inference: five 8 h steps, then four 4 h steps (three in a row are
    // needed to call a change); the change is at the first settlement after a 4 h step, 44 h.
    ReportData d = ReportData.inferringIntervals("x", "test",
        times(0, 8, 16, 24, 32, 40, 44, 48, 52, 56),
        new double[] {1e-4, 1e-4, 2e-4, 1e-4, 0, 0, 1e-4, 0, 0, 0});
    assertFalse(d.synthetic());
    assertEquals(Optional.empty(), d.commonInterval());
    assertEquals(Optional.of("from 8h to 4h at 2024-01-02T20:00:00Z"), d.firstIntervalChange());
    assertEquals(FundingRate.of(1e-4, Duration.ofHours(4)), d.rates()[6]);
    assertEquals(FundingRate.of(0, Duration.ofHours(8)), d.rates()[5]);
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
