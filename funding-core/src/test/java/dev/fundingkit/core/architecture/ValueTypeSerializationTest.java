package dev.fundingkit.core.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.fundingkit.core.aggregate.AggregatedFunding;
import dev.fundingkit.core.aggregate.AggregationRule;
import dev.fundingkit.core.aggregate.ExclusionReason;
import dev.fundingkit.core.aggregate.VenueContribution;
import dev.fundingkit.core.aggregate.VenueExclusion;
import dev.fundingkit.core.aggregate.VenueReading;
import dev.fundingkit.core.aggregate.Weighting;
import dev.fundingkit.core.carry.CarryCandidate;
import dev.fundingkit.core.carry.CarryScanner;
import dev.fundingkit.core.carry.CarryTrade;
import dev.fundingkit.core.carry.NoHedge;
import dev.fundingkit.core.carry.OptionHedge;
import dev.fundingkit.core.carry.ScanFlag;
import dev.fundingkit.core.carry.ScanRow;
import dev.fundingkit.core.carry.SpotHedge;
import dev.fundingkit.core.carry.YieldLine;
import dev.fundingkit.core.premium.PremiumSample;
import dev.fundingkit.core.premium.PremiumSeries;
import dev.fundingkit.core.rate.FundingPayment;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.rate.MarketState;
import dev.fundingkit.core.rate.PositionSide;
import dev.fundingkit.core.risk.IsolatedMargin;
import dev.fundingkit.core.schedule.InferredSchedule;
import dev.fundingkit.core.schedule.IntervalInference;
import dev.fundingkit.core.schedule.IntervalSegment;
import dev.fundingkit.core.schedule.IntervalSimulation;
import dev.fundingkit.core.schedule.PiecewiseSchedule;
import dev.fundingkit.core.schedule.ScheduleChange;
import dev.fundingkit.core.schedule.SettledRate;
import dev.fundingkit.core.schedule.SettlementSchedule;
import dev.fundingkit.core.series.FundingGap;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.series.IntervalSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every public value type of the covered packages is serializable, survives a round trip
 * equal, and this test has a sample of each: a new value type that is not added here fails
 * {@link #everyValueTypeHasASample()}, so it cannot be forgotten. Value types are what
 * distributed engines (Flink state, Spark closures) hold, so a type that fails to serialize is
 * a bug users find only on a cluster.
 *
 * <p>A value type here is a public record, or a public final class with an instance field that
 * is not a utility class or a builder.
 */
class ValueTypeSerializationTest {

  /** The packages this test covers; the others join as their rework lands. */
  private static final Set<String> COVERED = Set.of("dev.fundingkit.core.rate",
      "dev.fundingkit.core.premium", "dev.fundingkit.core.aggregate",
      "dev.fundingkit.core.carry", "dev.fundingkit.core.risk", "dev.fundingkit.core.schedule",
      "dev.fundingkit.core.series");

  /**
   * Value types still to be made serializable, each with its reason. Empty this list, don't
   * grow it.
   */
  private static final Set<String> NOT_YET = Set.of(
      // The dynamic interval rules are being reworked with the venue registry (issue 10).
      "dev.fundingkit.core.schedule.IntervalSimulator");

  private static final Duration H8 = Duration.ofHours(8);
  private static final Instant T0 = Instant.parse("2025-10-01T00:00:00Z");
  private static final FundingRate RATE = FundingRate.ofPercent(-0.0307, H8);

  private static List<Serializable> samples() {
    SettlementSchedule grid = SettlementSchedule.of(H8, LocalTime.of(4, 0));
    long[] t = {T0.toEpochMilli(), T0.toEpochMilli() + 8 * 3_600_000L,
        T0.toEpochMilli() + 16 * 3_600_000L};
    CarryTrade trade = CarryTrade.of(RATE, 0.08);
    return List.of(
        RATE,
        FundingPayment.of(RATE, PositionSide.LONG, 10_000),
        MarketState.fromRate(RATE),
        new PremiumSample(T0, -0.0003),
        PremiumSeries.of(T0, T0.plus(H8), new long[] {T0.toEpochMilli()}, new double[] {1e-4}),
        AggregationRule.of(Weighting.OPEN_INTEREST),
        new VenueExclusion("okx", ExclusionReason.STALE, "older than 8h"),
        VenueReading.of("bybit", RATE, T0, 1e6, 2e6),
        AggregationRule.of(Weighting.EQUAL).aggregate(T0,
            List.of(VenueReading.of("bybit", RATE, T0, 1e6, 2e6))),
        AggregationRule.of(Weighting.EQUAL).aggregate(T0,
            List.of(VenueReading.of("bybit", RATE, T0, 1e6, 2e6))).contributions().get(0),
        trade,
        trade.economics(),
        CarryScanner.defaults(),
        new CarryCandidate("BTC", RATE, 0.08),
        new NoHedge(),
        new OptionHedge(0.01, Duration.ofDays(30)),
        new SpotHedge(0.08),
        new YieldLine("funding", 0.3),
        CarryScanner.defaults().scan(List.of(new CarryCandidate("BTC", RATE, 0.08))).get(0),
        new IsolatedMargin(5, 0.005),
        grid,
        PiecewiseSchedule.of(grid),
        new PiecewiseSchedule.Segment(T0, grid),
        IntervalInference.STANDARD.withMinimumRun(4),
        IntervalInference.STANDARD.infer(t),
        new IntervalSegment(T0, T0.plus(H8), H8, 2),
        new ScheduleChange(T0, grid, SettlementSchedule.HOURLY, "cap", "settled at the cap"),
        new IntervalSimulation(List.of(), PiecewiseSchedule.of(grid)),
        new SettledRate(T0, 0.001, 0.003, -0.003),
        FundingSeries.inferred(t, new double[] {1e-4, 2e-4, 3e-4}),
        new FundingGap(T0, T0.plus(Duration.ofHours(24)), H8, 2));
  }

  @Test
  void everyValueTypeRoundTripsEqual() throws Exception {
    for (Serializable sample : samples()) {
      Object back = roundTrip(sample);
      assertEquals(sample, back, sample.getClass().getName());
      assertEquals(sample.getClass(), back.getClass());
    }
  }

  @Test
  void everyValueTypeHasASample() {
    Set<String> sampled = samples().stream().map(s -> s.getClass().getName())
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> valueTypes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.fundingkit.core").stream()
        .filter(c -> COVERED.contains(c.getPackageName()))
        .filter(ValueTypeSerializationTest::isValueType)
        .map(JavaClass::getName)
        .collect(Collectors.toCollection(TreeSet::new));
    valueTypes.removeAll(sampled);
    valueTypes.removeAll(NOT_YET);
    assertEquals(Set.of(), valueTypes, "public value types without a serialization sample");
  }

  @Test
  void aTamperedStreamIsRefused() throws Exception {
    // The proxy re-validates: a series whose serial form was written directly (bypassing the
    // proxy) is refused by readObject.
    FundingSeries s = FundingSeries.inferred(new long[] {0, 8 * 3_600_000L}, new double[] {0, 0});
    Object back = roundTrip(s);
    assertEquals(s, back);
    assertThrows(InvalidObjectException.class, () -> invokeReadObject(FundingRate.class));
  }

  private static boolean isValueType(JavaClass c) {
    if (!c.getModifiers().contains(JavaModifier.PUBLIC) || c.isInterface() || c.isEnum()
        || c.isAnnotation()) {
      return false;
    }
    if (c.isRecord()) {
      return true;
    }
    boolean hasState = c.getFields().stream()
        .anyMatch(f -> !f.getModifiers().contains(JavaModifier.STATIC));
    return c.getModifiers().contains(JavaModifier.FINAL) && hasState
        && !c.getSimpleName().equals("Builder");
  }

  private static Object roundTrip(Object o) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }

  private static void invokeReadObject(Class<?> type) throws Exception {
    java.lang.reflect.Method m = type.getDeclaredMethod("readObject", ObjectInputStream.class);
    m.setAccessible(true);
    try {
      m.invoke(sun(type), (ObjectInputStream) null);
    } catch (java.lang.reflect.InvocationTargetException e) {
      if (e.getCause() instanceof Exception) {
        throw (Exception) e.getCause();
      }
      throw e;
    }
    assertTrue(false, "readObject accepted a direct stream");
  }

  private static Object sun(Class<?> type) {
    return RATE; // any instance: readObject must refuse before reading anything
  }
}
