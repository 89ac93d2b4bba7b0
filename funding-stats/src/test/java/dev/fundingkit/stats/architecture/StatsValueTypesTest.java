package dev.fundingkit.stats.architecture;

import dev.fundingkit.core.testing.ValueTypes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.fundingkit.core.rate.FundingRate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every public value type of funding-stats is serializable (Flink state, Spark closures), survives
 * a round trip equal (or, for the few large computed results without equals, with every accessor
 * reading the same), has value equality, and rejects nulls on its instance methods. A new value
 * type without a sample in {@link StatsValueSamples} fails {@link #everyValueTypeHasASample()},
 * so it cannot be forgotten.
 *
 * <p>A value type is a public record, or a public final class with an instance field that is
 * not a builder. The exceptions are listed by name with their reason.
 */
class StatsValueTypesTest {

  /** Public final classes with state that are not values: services and mutable state. */
  private static final Set<String> NOT_VALUES = Set.of(
      // Configured services: they compute values, nobody stores them as one.
      "dev.fundingkit.stats.ou.OuFitter",
      "dev.fundingkit.stats.ou.TwoTimescaleFitter",
      "dev.fundingkit.stats.regime.CauseClassifier",
      "dev.fundingkit.stats.regime.RegimeDetector",
      "dev.fundingkit.stats.backtest.CarryBacktest",
      // Mutable: a random stream and a running accumulator (documented as not thread-safe).
      "dev.fundingkit.stats.ou.OuSimulator",
      "dev.fundingkit.stats.ou.OuAccumulator");

  @Test
  void everyValueTypeHasASample() {
    Set<String> sampled = StatsValueSamples.samples().stream().map(s -> s.getClass().getName())
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> valueTypes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.fundingkit.stats").stream()
        .filter(ValueTypes::isValueType)
        .map(JavaClass::getName)
        .collect(Collectors.toCollection(TreeSet::new));
    valueTypes.removeAll(sampled);
    valueTypes.removeAll(NOT_VALUES);
    assertEquals(Set.of(), valueTypes, "public value types without a serialization sample");
  }

  @Test
  void everyValueTypeRoundTripsEqual() throws Exception {
    for (List<Serializable> pair : StatsValueSamples.pairs()) {
      Serializable sample = pair.get(0);
      Object back = ValueTypes.roundTrip(sample);
      assertEquals(sample, back, sample.getClass().getName());
      assertEquals(sample.getClass(), back.getClass());
    }
  }

  @Test
  void everyValueTypeWithoutEqualsRoundTripsWithItsState() throws Exception {
    // No equals to compare with: every accessor must read the same after the trip.
    for (StatsValueSamples.Stated s : StatsValueSamples.withoutEquals()) {
      Object back = ValueTypes.roundTrip(s.sample());
      assertEquals(s.sample().getClass(), back.getClass());
      assertEquals(s.state().apply(s.sample()), s.state().apply(back),
          s.sample().getClass().getName());
    }
  }

  @Test
  void everyFinalClassValueRefusesADirectStream() throws Exception {
    // A final class is read only through its proxy, which re-enters the validation; a record's
    // canonical constructor already runs on reading.
    for (Serializable sample : StatsValueSamples.samples()) {
      Class<?> type = sample.getClass();
      if (type.isRecord()) {
        continue;
      }
      Method m = type.getDeclaredMethod("readObject", ObjectInputStream.class);
      m.setAccessible(true);
      try {
        m.invoke(sample, (ObjectInputStream) null);
        throw new AssertionError(type.getName() + " read a direct stream");
      } catch (InvocationTargetException e) {
        assertEquals(InvalidObjectException.class, e.getCause().getClass(), type.getName());
      }
    }
  }

  @Test
  void everyValueTypeHasValueEquality() throws Exception {
    List<List<Serializable>> first = StatsValueSamples.pairs();
    List<List<Serializable>> again = StatsValueSamples.pairs();
    for (int i = 0; i < first.size(); i++) {
      Serializable a = first.get(i).get(0);
      new EqualsTester()
          .addEqualityGroup(a, again.get(i).get(0), ValueTypes.roundTrip(a))
          .addEqualityGroup(first.get(i).get(1))
          .testEquals();
    }
  }

  @Test
  void everyValueTypesInstanceMethodsRejectNull() {
    NullPointerTester t = new NullPointerTester()
        .setDefault(Instant.class, StatsValueSamples.T0)
        .setDefault(Duration.class, StatsValueSamples.H8)
        // Valid values for the parameters not under test, so only the null one can throw.
        .setDefault(double.class, 1.0)
        .setDefault(FundingRate.class, FundingRate.of(1e-4, StatsValueSamples.H8));
    for (List<Serializable> pair : StatsValueSamples.pairs()) {
      setDefault(t, pair.get(0));
    }
    List<String> failures = new ArrayList<>();
    for (Serializable sample : StatsValueSamples.samples()) {
      try {
        t.testAllPublicInstanceMethods(sample);
      } catch (AssertionError | RuntimeException e) {
        failures.add(sample.getClass().getName() + ": " + e.getMessage());
      }
    }
    assertEquals(List.of(), failures);
  }

  @SuppressWarnings("unchecked")
  private static <T> void setDefault(NullPointerTester t, Object sample) {
    t.setDefault((Class<T>) sample.getClass(), (T) sample);
  }

}
