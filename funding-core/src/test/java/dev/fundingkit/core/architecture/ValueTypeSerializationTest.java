package dev.fundingkit.core.architecture;

import dev.fundingkit.core.testing.ValueTypes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.fundingkit.core.premium.PremiumSeries;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.formula.FundingBreakdown;
import dev.fundingkit.core.premium.PremiumSeries;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.venue.FundingConvention;
import dev.fundingkit.core.venue.FundingConventions;
import dev.fundingkit.core.venue.FundingRuleVersion;
import dev.fundingkit.core.venue.SymbolTerms;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.Instant;
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

  /** Every package of funding-core: a value type anywhere in the module needs a sample. */
  private static final String ROOT = "dev.fundingkit.core";

  /**
   * Public final classes with state that are not value types, each with its reason. They are
   * excluded by name here (never silently): they are mutable or stateful services that nobody
   * stores as a value.
   */
  private static final Set<String> NOT_VALUES = Set.of(
      // Mutable monitors: accumulate samples as they arrive; a snapshot is the value.
      "dev.fundingkit.core.live.FundingMonitor",
      "dev.fundingkit.core.live.CrossVenueMonitor",
      // Mutable accumulator of entries; its entries and totals are the values.
      "dev.fundingkit.core.ledger.FundingLedger",
      // Views with identity equality that hold a monitor's venue lookups (hot-path state, not
      // a value); their figures are values that serialize: PaymentPreview, FundingBreakdown,
      // AggregatedFunding, VenueExclusion, FundingRuleVersion.
      "dev.fundingkit.core.live.FundingSnapshot",
      "dev.fundingkit.core.live.CrossVenueSnapshot",
      "dev.fundingkit.core.venue.PredictedRate");

  private static final FundingRate RATE = ValueSamples.RATE;

  private static List<Serializable> samples() {
    return ValueSamples.samples();
  }

  @Test
  void everyBuiltInRuleVersionAndWhatItComputesRoundTripsEqual() throws Exception {
    // The interfaces the versions hold (interest, band, scaling, cap rule, averaging, interval
    // rules) are serializable through their implementations: every built-in part is exercised.
    PremiumSeries premiums = PremiumSeries.of(ValueSamples.T0, ValueSamples.T0.plus(
        ValueSamples.H8), new long[] {ValueSamples.T0.toEpochMilli()}, new double[] {1e-4});
    for (FundingConvention c : FundingConventions.all()) {
      for (FundingRuleVersion v : c.versions()) {
        assertEquals(v, ValueTypes.roundTrip(v), c.id() + " " + v.effectiveFrom());
        if (v.isFormulaKnown()) {
          SymbolTerms terms = v.defaultTerms();
          assertEquals(v.formulaFor(terms), ValueTypes.roundTrip(v.formulaFor(terms)), c.id());
        }
      }
    }
    FundingRuleVersion binance = FundingConventions.BINANCE_USDM.versionAt(
        Instant.parse("2025-10-01T00:00:00Z"));
    FundingBreakdown b = binance.rate(premiums, SymbolTerms.of(ValueSamples.H8));
    assertEquals(b, ValueTypes.roundTrip(b));
  }

  @Test
  void everyValueTypeRoundTripsEqual() throws Exception {
    for (Serializable sample : samples()) {
      Object back = ValueTypes.roundTrip(sample);
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
        .filter(c -> c.getPackageName().startsWith(ROOT))
        .filter(ValueTypes::isValueType)
        .map(JavaClass::getName)
        .collect(Collectors.toCollection(TreeSet::new));
    valueTypes.removeAll(sampled);
    valueTypes.removeAll(NOT_VALUES);
    assertEquals(Set.of(), valueTypes, "public value types without a serialization sample");
  }

  @Test
  void aTamperedStreamIsRefused() throws Exception {
    // The proxy re-validates: a series whose serial form was written directly (bypassing the
    // proxy) is refused by readObject.
    FundingSeries s = FundingSeries.inferred(new long[] {0, 8 * 3_600_000L}, new double[] {0, 0});
    Object back = ValueTypes.roundTrip(s);
    assertEquals(s, back);
    assertThrows(InvalidObjectException.class, () -> invokeReadObject(FundingRate.class));
  }

  @Test
  void everyFinalClassValueRefusesADirectStream() throws Exception {
    // A final class is read only through its proxy, which re-enters the factory; a record's
    // canonical constructor already runs on reading.
    for (Serializable sample : samples()) {
      Class<?> type = sample.getClass();
      if (type.isRecord() || type.isEnum()) {
        continue;
      }
      java.lang.reflect.Method m;
      try {
        m = type.getDeclaredMethod("readObject", ObjectInputStream.class);
      } catch (NoSuchMethodException e) {
        throw new AssertionError(type.getName() + " has no readObject refusing a direct stream");
      }
      m.setAccessible(true);
      java.lang.reflect.InvocationTargetException thrown = assertThrows(
          java.lang.reflect.InvocationTargetException.class,
          () -> m.invoke(sample, (ObjectInputStream) null), type.getName());
      assertTrue(thrown.getCause() instanceof InvalidObjectException, type.getName());
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
