package dev.fundingkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class DecimalsTest {

  @Test
  void readsPlainScientificAndSignedForms() {
    assertEquals(-0.00307, Decimals.parse("-0.00307"), 0);
    assertEquals(2.583e-05, Decimals.parse("2.583e-05"), 0);
    assertEquals(0.5, Decimals.parse(" .5 "), 0);
    assertEquals(10.0, Decimals.parse("+10."), 0);
    assertEquals(1e-4, Decimals.parse("1E-4"), 0);
  }

  @Test
  void negativeZero_isNormalised() {
    assertEquals(0, Double.compare(0.0, Decimals.parse("-0.0")));
  }

  @Test
  void rejectsWhatIsNotAPlainDecimal() {
    for (String bad : new String[] {"NaN", "Infinity", "-Infinity", "0x1p3", "1d", "1f", "",
        "  ", "1,5", "abc", "1e", "--1", "1e400"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Decimals.parse(bad), bad);
      assertEquals(false, e.getMessage().contains("\n"));
    }
    assertEquals("'NaN' is not a decimal number",
        assertThrows(IllegalArgumentException.class, () -> Decimals.parse("NaN")).getMessage());
  }

  @Test
  void law_readsBackEveryFiniteDoubleItsStringForm() {
    qt().withFixedSeed(20261122L)
        .forAll(doubles().any())
        .assuming(Double::isFinite)
        .check(x -> Decimals.parse(Double.toString(x)) == x + 0.0);
  }

  @Test
  void nulls() {
    new NullPointerTester().testAllPublicStaticMethods(Decimals.class);
  }

  /** The grammar as the regular expression the scanner replaced: the test's oracle. */
  private static final java.util.regex.Pattern GRAMMAR =
      java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  @Test
  void scannerAcceptsExactlyTheDecimalGrammar() {
    qt().withFixedSeed(20261202L).withExamples(20_000)
        .forAll(TextOver.alphabet("0123456789+-.eE x", 0, 8))
        .check(s -> Decimals.isPlainDecimal(s) == GRAMMAR.matcher(s).matches());
    for (String s : new String[] {"1", "-1.", ".5", "+.5e-3", "1e", "e5", ".", "-", "1.2.3",
        "1e+", "\u0661", "1_0"}) {
      assertEquals(GRAMMAR.matcher(s).matches(), Decimals.isPlainDecimal(s), s);
    }
  }
}
