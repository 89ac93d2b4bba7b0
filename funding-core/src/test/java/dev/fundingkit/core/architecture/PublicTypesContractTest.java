package dev.fundingkit.core.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.fundingkit.core.carry.Hedge;
import dev.fundingkit.core.carry.SpotHedge;
import dev.fundingkit.core.ledger.FundingLedger;
import dev.fundingkit.core.ledger.PositionHistory;
import dev.fundingkit.core.ledger.Settlement;
import dev.fundingkit.core.live.FundingMonitor;
import dev.fundingkit.core.premium.PremiumSeries;
import dev.fundingkit.core.venue.FundingConvention;
import dev.fundingkit.core.venue.FundingConventions;
import dev.fundingkit.core.venue.FundingRuleVersion;
import dev.fundingkit.core.venue.PredictedRate;
import dev.fundingkit.core.venue.SymbolTerms;
import java.io.Serializable;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The null and equality contracts on every public type of funding-core, enumerated so that a
 * new type cannot be forgotten: {@link NullPointerTester} on every public static method of
 * every public class and interface, and on every public instance method of each value-type
 * sample; {@link EqualsTester} with two equal samples (fresh instance and serial copy) and a
 * different one. The samples are those of {@link ValueSamples}.
 */
class PublicTypesContractTest {

  /**
   * Methods that accept a null on purpose, each with its reason ({@code Class#method}). Keep
   * this list short; a null accepted by mistake is a bug, not an entry here.
   */
  private static final Set<String> NULL_ACCEPTED = Set.of();

  /**
   * Instances of the public classes that are not values (mutable monitors and ledgers,
   * identity-equality views, builders, conventions): their instance methods reject null too.
   */
  private static List<Object> otherInstances() {
    FundingMonitor monitor =
        FundingMonitor.of(FundingConventions.BYBIT, SymbolTerms.of(ValueSamples.H8));
    monitor.add(ValueSamples.T0, 0.0002);
    PremiumSeries premiums = PremiumSeries.of(ValueSamples.T0, ValueSamples.T0.plus(
        ValueSamples.H8), new long[] {ValueSamples.T0.toEpochMilli() + 3_600_000L},
        new double[] {1e-4});
    return List.of(monitor, monitor.snapshot(),
        FundingMonitor.builder(FundingConventions.BYBIT, SymbolTerms.of(ValueSamples.H8)),
        FundingConventions.BINANCE_USDM,
        FundingRuleVersion.builder("user-venue", ValueSamples.T0),
        PredictedRate.of(FundingConventions.BINANCE_USDM, SymbolTerms.of(ValueSamples.H8),
            premiums, ValueSamples.T0.plus(ValueSamples.H8), ValueSamples.T0.plus(
                ValueSamples.H8)),
        ledger());
  }

  private static FundingLedger ledger() {
    return FundingLedger.of(List.of(Settlement.of(ValueSamples.T0, ValueSamples.RATE, 100)),
        PositionHistory.held(ValueSamples.T0.minus(ValueSamples.H8), ValueSamples.T0, 2));
  }

  @Test
  void theEnumerationSeesNestedAndTopLevelTypes() {
    List<Class<?>> types = publicTypes();
    assertTrue(types.contains(FundingRuleVersion.class));
    assertTrue(types.contains(FundingRuleVersion.Builder.class));
    assertTrue(types.contains(FundingConvention.class));
    assertTrue(types.size() > 80, "public types found: " + types.size());
  }

  /** Public classes and interfaces: top level, or nested in a public type. */
  static List<Class<?>> publicTypes() {
    List<Class<?>> out = new ArrayList<>();
    for (JavaClass c : new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.fundingkit.core")) {
      if (isPublicApi(c) && !c.isAnnotation()) {
        out.add(c.reflect());
      }
    }
    return out;
  }

  private static boolean isPublicApi(JavaClass c) {
    if (!c.getModifiers().contains(JavaModifier.PUBLIC) || c.isAnonymousClass()) {
      return false;
    }
    return c.getEnclosingClass().map(PublicTypesContractTest::isPublicApi).orElse(true);
  }

  private static NullPointerTester tester() {
    NullPointerTester t = new NullPointerTester()
        .setDefault(Instant.class, ValueSamples.T0)
        .setDefault(Duration.class, ValueSamples.H8)
        // Valid values for the parameters that are not under test, so that only the null one
        // can make a method throw.
        .setDefault(String.class, "btc")
        .setDefault(LocalTime.class, LocalTime.MIDNIGHT)
        .setDefault(double.class, 1.0)
        .setDefault(double[].class, new double[] {1e-4, 2e-4, 3e-4})
        .setDefault(long[].class, new long[] {ValueSamples.T0.toEpochMilli(),
            ValueSamples.T0.toEpochMilli() + 8 * 3_600_000L,
            ValueSamples.T0.toEpochMilli() + 16 * 3_600_000L})
        .setDefault(Hedge.class, new SpotHedge(0.08))
        .setDefault(FundingLedger.class, ledger())
        .setDefault(FundingConvention.class, FundingConventions.BINANCE_USDM)
        .setDefault(FundingMonitor.class,
            FundingMonitor.of(FundingConventions.BYBIT, SymbolTerms.of(ValueSamples.H8)));
    for (List<Serializable> pair : ValueSamples.pairs()) {
      setDefault(t, pair.get(0));
    }
    for (Class<?> type : publicTypes()) {
      for (Method m : type.getDeclaredMethods()) {
        if (NULL_ACCEPTED.contains(type.getName() + "#" + m.getName())) {
          t.ignore(m);
        }
      }
    }
    return t;
  }

  @SuppressWarnings("unchecked")
  private static <T> void setDefault(NullPointerTester t, Object sample) {
    t.setDefault((Class<T>) sample.getClass(), (T) sample);
  }

  @Test
  void everyPublicStaticMethodRejectsNullNamingTheParameter() {
    List<String> failures = new ArrayList<>();
    NullPointerTester t = tester();
    for (Class<?> type : publicTypes()) {
      try {
        t.testAllPublicStaticMethods(type);
      } catch (AssertionError | RuntimeException e) {
        failures.add(type.getName() + ": " + firstLine(e) + (e.getCause() == null ? "" : " cause " + e.getCause()));
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void everyPublicInstanceMethodRejectsNull() {
    List<String> failures = new ArrayList<>();
    NullPointerTester t = tester();
    List<Object> instances = new ArrayList<>();
    ValueSamples.pairs().forEach(pair -> instances.add(pair.get(0)));
    instances.addAll(otherInstances());
    for (Object instance : instances) {
      try {
        t.testAllPublicInstanceMethods(instance);
      } catch (AssertionError | RuntimeException e) {
        failures.add(instance.getClass().getName() + ": " + firstLine(e)
            + (e.getCause() == null ? "" : " cause " + e.getCause()));
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void everyValueTypeHasValueEquality() throws Exception {
    List<List<Serializable>> first = ValueSamples.pairs();
    List<List<Serializable>> again = ValueSamples.pairs();
    for (int i = 0; i < first.size(); i++) {
      Serializable a = first.get(i).get(0);
      new EqualsTester()
          .addEqualityGroup(a, again.get(i).get(0), dev.fundingkit.core.testing.ValueTypes.roundTrip(a))
          .addEqualityGroup(first.get(i).get(1))
          .testEquals();
    }
  }

  private static String firstLine(Throwable e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
