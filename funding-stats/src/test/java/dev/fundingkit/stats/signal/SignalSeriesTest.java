package dev.fundingkit.stats.signal;

import dev.fundingkit.core.rate.FundingRate;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignalSeriesTest {

  private static final long SEED = 20261122L;
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private static final SignalLevels REVERSE =
      SignalLevels.of(FarmSide.REVERSE, 0.0, 1.0, java.time.Duration.ofHours(8), SignalBands.DEFAULT);

  private static Instant[] every8h(int n) {
    Instant[] times = new Instant[n];
    for (int i = 0; i < n; i++) {
      times[i] = T0.plus(Duration.ofHours(8L * i));
    }
    return times;
  }

  @Test
  void events_handWorkedSeries() {
    // flat, flat, ENTER (−2.5 < −2), hold, hold (−0.6 ≤ −0.5), EXIT (−0.4 > −0.5),
    // exactly −2 is not below the entry level, then ENTER at −2.1.
    double[] values = {0, -1, -2.5, -1.5, -0.6, -0.4, -2.0, -2.1};
    List<SignalEvent> events = SignalSeries.events(every8h(values.length), values, REVERSE);
    assertEquals(List.of(
        new SignalEvent(T0.plus(Duration.ofHours(16)), FundingRate.of(-2.5, java.time.Duration.ofHours(8)), -2.5, SignalEvent.Kind.ENTER),
        new SignalEvent(T0.plus(Duration.ofHours(40)), FundingRate.of(-0.4, java.time.Duration.ofHours(8)), -0.4, SignalEvent.Kind.EXIT),
        new SignalEvent(T0.plus(Duration.ofHours(56)), FundingRate.of(-2.1, java.time.Duration.ofHours(8)), -2.1, SignalEvent.Kind.ENTER)),
        events);
    boolean[] holding = new boolean[values.length];
    assertEquals(3, SignalSeries.positions(values, REVERSE, holding));
    assertArrayEquals(new boolean[] {false, false, true, true, true, false, false, true}, holding);
  }

  @Test
  void forwardFarm_entersOnHighFunding() {
    double[] values = {0, 2.5, 1.0, 0.4};
    List<SignalEvent> events =
        SignalSeries.events(every8h(4), values, REVERSE.withSide(FarmSide.FORWARD));
    assertEquals(2, events.size());
    assertEquals(SignalEvent.Kind.ENTER, events.get(0).kind());
    assertEquals(2.5, events.get(0).z());
    assertEquals(SignalEvent.Kind.EXIT, events.get(1).kind());
  }

  @Test
  void emptySeries_hasNoEvents() {
    assertEquals(List.of(), SignalSeries.events(new Instant[0], new double[0], REVERSE));
  }

  @Test
  void law_eventsAlternate_startWithEnter_andMatchTheBulkForm() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(lists().of(doubles().between(-4, 4)).ofSizeBetween(0, 60))
        .check(list -> {
          double[] values = list.stream().mapToDouble(Double::doubleValue).toArray();
          List<SignalEvent> events = SignalSeries.events(every8h(values.length), values, REVERSE);
          boolean[] holding = new boolean[values.length];
          int count = SignalSeries.positions(values, REVERSE, holding);
          boolean alternate = true;
          for (int i = 0; i < events.size(); i++) {
            SignalEvent.Kind expected = i % 2 == 0 ? SignalEvent.Kind.ENTER : SignalEvent.Kind.EXIT;
            alternate &= events.get(i).kind() == expected;
          }
          boolean endsHolding = values.length > 0 && holding[values.length - 1];
          return alternate && count == events.size() && endsHolding == (events.size() % 2 == 1);
        });
  }

  @Test
  void badInput_namesParameterIndexAndValue() {
    IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
        () -> SignalSeries.events(every8h(3), new double[2], REVERSE));
    assertEquals("values must have the length of times (3), was 2", length.getMessage());
    IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
        () -> SignalSeries.events(every8h(2), new double[] {0, Double.NaN}, REVERSE));
    assertEquals("values[1] must be finite, was NaN", nan.getMessage());
    Instant[] duplicate = {T0, T0};
    IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
        () -> SignalSeries.events(duplicate, new double[2], REVERSE));
    assertEquals("times must be strictly increasing, but times[1]=2024-01-01T00:00:00Z "
        + "duplicates times[0]=2024-01-01T00:00:00Z", dup.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> SignalSeries.positions(new double[2], REVERSE, new boolean[3]));
  }

  @Test
  void series_isRescaledToTheLevelsInterval_thenTheSameEvents() {
    // hourly prints in a series, levels per 8 h: rescaling ×8 gives the 8-hourly values
    double[] per8h = {0, -0.0008, -0.0009, 0.00005, 0.0001};
    long[] ms = new long[per8h.length];
    double[] hourly = new double[per8h.length];
    java.time.Instant[] times = new java.time.Instant[per8h.length];
    for (int i = 0; i < ms.length; i++) {
      ms[i] = i * 3_600_000L;
      hourly[i] = per8h[i] / 8;
      times[i] = java.time.Instant.ofEpochMilli(ms[i]);
    }
    dev.fundingkit.core.series.FundingSeries series = dev.fundingkit.core.series.FundingSeries
        .of(ms, hourly, java.time.Duration.ofHours(1),
            dev.fundingkit.core.series.IntervalSource.DECLARED);
    assertEquals(SignalSeries.events(times, series.valuesPer(java.time.Duration.ofHours(8)),
        REVERSE), SignalSeries.events(series, REVERSE));
  }

  @Test
  void nulls_areRejected() {
    new NullPointerTester()
        .setDefault(dev.fundingkit.core.series.FundingSeries.class,
            dev.fundingkit.core.series.FundingSeries.of(new long[] {0, 1}, new double[2],
                java.time.Duration.ofHours(8), dev.fundingkit.core.series.IntervalSource.DECLARED))
        .setDefault(java.time.Duration.class, java.time.Duration.ofHours(8))
        .setDefault(SignalLevels.class, REVERSE)
        .testAllPublicStaticMethods(SignalSeries.class);
  }

  @Test
  void series_withCrossings_givesTheEventsOfItsRescaledValues() {
    // Levels per 8 h: mean 0, sd 0.0004, so enter below −0.0008 and exit above −0.0002.
    // Hourly prints ×8: 0, −0.0009 (ENTER), −0.0005 (hold), 0.00008 (EXIT).
    SignalLevels levels = SignalLevels.of(FarmSide.REVERSE, 0.0, 0.0004, Duration.ofHours(8),
        SignalBands.DEFAULT);
    long[] ms = {0, 3_600_000L, 7_200_000L, 10_800_000L};
    double[] hourly = {0, -0.0009 / 8, -0.0005 / 8, 0.00008 / 8};
    dev.fundingkit.core.series.FundingSeries series = dev.fundingkit.core.series.FundingSeries
        .of(ms, hourly, Duration.ofHours(1), dev.fundingkit.core.series.IntervalSource.DECLARED);
    List<SignalEvent> events = SignalSeries.events(series, levels);
    assertEquals(List.of(SignalEvent.Kind.ENTER, SignalEvent.Kind.EXIT),
        events.stream().map(SignalEvent::kind).toList());
    assertEquals(Instant.ofEpochMilli(3_600_000L), events.get(0).time());
    assertEquals(-2.25, events.get(0).z(), 1e-12);            // −0.0009 / 0.0004
  }
}
