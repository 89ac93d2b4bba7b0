package dev.fundingkit.stats.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConditionTest {

  private static final long SEED = 20261122L;

  @Test
  void law_parseOfToString_isIdentity() {
    String[] names = {"oi", "spreadBps", "depth_2pct", "flows.usd", "x-1"};
    qt().withFixedSeed(SEED).withExamples(2000)
        .forAll(integers().between(0, names.length - 1), integers().between(0, 3),
            doubles().any())
        .assuming((n, c, t) -> Double.isFinite(t))
        .check((n, c, t) -> {
          Condition condition = Condition.of(names[n], Comparison.values()[c], t);
          return Condition.parse(condition.toString()).equals(condition);
        });
  }

  @Test
  void parse_readsTheFourOperators() {
    assertEquals(Condition.of("oi", Comparison.BELOW, -0.05), Condition.parse("oi < -0.05"));
    assertEquals(Condition.of("oi", Comparison.AT_MOST, 1), Condition.parse(" oi<=1 "));
    assertEquals(Condition.of("oi", Comparison.ABOVE, 1e7), Condition.parse("oi > 1e7"));
    assertEquals(Condition.of("oi", Comparison.AT_LEAST, 0), Condition.parse("oi >= -0"));
    assertEquals("spreadBps > 5.0", Condition.parse("spreadBps > 5").toString());
  }

  @Test
  void evaluate_isEmptyWithoutTheReading() {
    Condition c = Condition.parse("spreadBps > 5");
    assertEquals(Optional.of(true), c.evaluate(Map.of("spreadBps", 6.0)));
    assertEquals(Optional.of(false), c.evaluate(Map.of("spreadBps", 5.0)));
    assertEquals(Optional.empty(), c.evaluate(Map.of("depth", 6.0)));
  }

  @Test
  void badInput() {
    assertEquals("text must look like 'openInterestChange < -0.05', was 'oi = 3'",
        assertThrows(IllegalArgumentException.class, () -> Condition.parse("oi = 3"))
            .getMessage());
    assertEquals("text must end with a number, was 'oi < abc'",
        assertThrows(IllegalArgumentException.class, () -> Condition.parse("oi < abc"))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> Condition.parse("oi < NaN"));
    assertEquals("input must be a name (letter, then letters, digits, _ . -), was '1x'",
        assertThrows(IllegalArgumentException.class,
            () -> Condition.of("1x", Comparison.BELOW, 0)).getMessage());
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(Condition.of("oi", Comparison.BELOW, 0.0), Condition.parse("oi < -0"))
        .addEqualityGroup(Condition.of("oi", Comparison.AT_MOST, 0.0))
        .addEqualityGroup(Condition.of("oi2", Comparison.BELOW, 0.0))
        .testEquals();
    new NullPointerTester()
        .setDefault(String.class, "oi")
        .testAllPublicStaticMethods(Condition.class);
    new NullPointerTester().testAllPublicInstanceMethods(Condition.parse("oi < 1"));
  }
}
