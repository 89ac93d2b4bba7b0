package dev.fundingkit.core.premium;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PremiumSeriesTest {

  private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
  private static final Instant END = START.plus(Duration.ofHours(8));

  private static PremiumSample at(long seconds, double premium) {
    return PremiumSample.of(START.plusSeconds(seconds), premium);
  }

  @Test
  void holdsSamplesAndAveragesWithTheScheme() {
    PremiumSeries series =
        PremiumSeries.of(START, END, List.of(at(0, 0.001), at(5, 0.002), at(10, 0.003)));
    assertEquals(3, series.size());
    assertEquals(Duration.ofHours(8), series.window());
    assertEquals(at(5, 0.002), series.sample(1));
    assertEquals(List.of(at(0, 0.001), at(5, 0.002), at(10, 0.003)), series.samples());
    assertEquals(0.002, series.average(AveragingScheme.SIMPLE_MEAN), 1e-18);
    // (1·1 + 2·2 + 3·3) / 6 = 14/6 bp·10
    assertEquals(0.014 / 6, series.average(AveragingScheme.LINEAR_WEIGHTS), 1e-18);
    assertArrayEquals(new double[] {0.001, 0.002, 0.003}, series.premiums());
    assertEquals(START.toEpochMilli() + 5000, series.epochMillis()[1]);
  }

  @Test
  void arrayFactory_copiesItsInput() {
    long[] times = {START.toEpochMilli(), START.toEpochMilli() + 1};
    double[] premiums = {0.1, 0.2};
    PremiumSeries series = PremiumSeries.of(START, END, times, premiums);
    premiums[0] = 9;
    times[0] = 0;
    assertEquals(0.1, series.premiums()[0], 0);
    assertEquals(series, PremiumSeries.of(START, END, List.of(
        PremiumSample.of(START, 0.1), PremiumSample.of(START.plusMillis(1), 0.2))));
  }

  @Test
  void emptyWindowHoldingNoSamples_isAllowed() {
    PremiumSeries empty = PremiumSeries.of(START, END, List.of());
    assertTrue(empty.isEmpty());
    assertThrows(IllegalStateException.class,
        () -> empty.average(AveragingScheme.LINEAR_WEIGHTS));
  }

  @Test
  void badInput_isRejectedNamingParameterAndValue() {
    assertMessage("end must be after start 2025-01-01T00:00:00Z (window [start, end) is empty),"
        + " was 2025-01-01T00:00:00Z", () -> PremiumSeries.of(START, START, List.of()));
    assertMessage("end must be after start 2025-01-01T00:00:00Z (window [start, end) is empty),"
        + " was 2024-12-31T23:00:00Z",
        () -> PremiumSeries.of(START, START.minusSeconds(3600), List.of()));
    assertMessage("samples must be strictly increasing, but samples[1]=1735689605000"
        + " (2025-01-01T00:00:05Z) duplicates samples[0]=1735689605000 (2025-01-01T00:00:05Z)",
        () -> PremiumSeries.of(START, END, List.of(at(5, 0), at(5, 0))));
    assertMessage("samples must be strictly increasing, but samples[1]=1735689600000"
        + " (2025-01-01T00:00:00Z) is before samples[0]=1735689605000 (2025-01-01T00:00:05Z)",
        () -> PremiumSeries.of(START, END, List.of(at(5, 0), at(0, 0))));
    assertMessage("samples[0] must lie in [2025-01-01T00:00:00Z, 2025-01-01T08:00:00Z),"
        + " was 2025-01-01T08:00:00Z",
        () -> PremiumSeries.of(START, END, List.of(at(8 * 3600, 0))));
    assertMessage("samples[0] must lie in [2025-01-01T00:00:00Z, 2025-01-01T08:00:00Z),"
        + " was 2024-12-31T23:59:59Z",
        () -> PremiumSeries.of(START, END, List.of(at(-1, 0))));
    assertMessage("premiums[1] must be finite, was NaN", () -> PremiumSeries.of(START, END,
        new long[] {START.toEpochMilli(), START.toEpochMilli() + 1}, new double[] {0, Double.NaN}));
    assertMessage("premiums[0] must be finite, was Infinity", () -> PremiumSeries.of(START, END,
        new long[] {START.toEpochMilli()}, new double[] {Double.POSITIVE_INFINITY}));
    assertMessage("premiums must have as many elements as epochMillis (1), was 0",
        () -> PremiumSeries.of(START, END, new long[] {START.toEpochMilli()}, new double[0]));
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(PremiumSeries.of(START, END, List.of(at(0, 0.1))),
            PremiumSeries.of(START, END, List.of(at(0, 0.1))))
        .addEqualityGroup(PremiumSeries.of(START, END, List.of(at(0, 0.2))))
        .addEqualityGroup(PremiumSeries.of(START, END, List.of(at(1, 0.1))))
        .addEqualityGroup(PremiumSeries.of(START, END.plusSeconds(1), List.of(at(0, 0.1))))
        .addEqualityGroup(PremiumSeries.of(START, END, List.of()))
        .testEquals();
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Instant.class, START)
        .setDefault(List.class, List.of());
    tester.testAllPublicStaticMethods(PremiumSeries.class);
    tester.testAllPublicInstanceMethods(PremiumSeries.of(START, END, List.of(at(0, 0.1))));
  }

  private static void assertMessage(String message, Runnable call) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, call::run).getMessage());
  }

  // ---------------------------------------------------------------- mutation-testing additions

  @Test
  void accessorsTextAndZeros() {
    PremiumSeries s = PremiumSeries.of(START, END, new long[] {START.toEpochMilli()},
        new double[] {-0.0});
    assertEquals(START, s.start());
    assertEquals(END, s.end());
    assertEquals(false, s.isEmpty());
    // -0.0 is stored as +0.0
    assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(s.premiums()[0]));
    assertEquals("PremiumSeries[2025-01-01T00:00:00Z, 2025-01-01T08:00:00Z) 1 samples",
        s.toString());
  }

  @Test
  void hashCode_separatesSeries() {
    List<PremiumSeries> all = List.of(PremiumSeries.of(START, END, List.of()),
        PremiumSeries.of(START, END.plusSeconds(1), List.of()),
        PremiumSeries.of(START, END, List.of(at(0, 0.001))),
        PremiumSeries.of(START, END, List.of(at(1, 0.001))),
        PremiumSeries.of(START, END, List.of(at(0, 0.002))));
    assertEquals(all.size(), all.stream().mapToInt(Object::hashCode).distinct().count());
  }
}
