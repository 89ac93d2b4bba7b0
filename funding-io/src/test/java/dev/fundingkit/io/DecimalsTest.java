package dev.fundingkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.NullPointerTester;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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

  // ------------------------------------------------------------------ the byte reader

  /** {@link Decimals#parseAscii} over a whole string's bytes. */
  private static double ascii(String s) {
    byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
    return Decimals.parseAscii(b, 0, b.length);
  }

  /** The oracle: the JDK's own reading, -0.0 normalised as {@link Decimals#parse} documents. */
  private static long jdkBits(String s) {
    return Double.doubleToRawLongBits(Double.parseDouble(s) + 0.0);
  }

  /** Where the byte reader decides, its double is the JDK's, bit for bit. */
  private static boolean agreesWhereItDecides(String s) {
    double fast = ascii(s);
    return Double.isNaN(fast) || Double.doubleToRawLongBits(fast) == jdkBits(s);
  }

  @Test
  void byteReader_readsTheCommonForms() {
    assertEquals(8.215828906e-05, ascii("8.215828906e-05"), 0);
    assertEquals(0.0001047625293, ascii("0.0001047625293"), 0);
    assertEquals(-0.00307, ascii("-0.00307"), 0);
    assertEquals(0.5, ascii(".5"), 0);
    assertEquals(10.0, ascii("+10."), 0);
    assertEquals(1e-4, ascii("1E-4"), 0);
    assertEquals(0, Double.compare(0.0, ascii("-0.0")));
    assertEquals(0, Double.compare(0.0, ascii("-0e400")));
  }

  @Test
  void byteReader_leavesTheRestToTheGeneralWay() {
    for (String s : new String[] {"", "-", ".", "1e", "e5", "1.2.3", "NaN", "Infinity", "0x1p3",
        "1d", " 1", "1 ", "1,5", "1234567890123456", "0.1234567890123456", "1e23", "1e-23",
        "123e-25", "1e99999999999", "0.00000000000000000000000000000000000000001"}) {
      assertTrue(Double.isNaN(ascii(s)), s);
    }
  }

  @Test
  void law_byteReaderIsBitIdenticalToParseDouble_onShortestStrings() {
    qt().withFixedSeed(20261202L).withExamples(100_000)
        .forAll(doubles().any())
        .assuming(Double::isFinite)
        .check(x -> agreesWhereItDecides(Double.toString(x)));
  }

  @Test
  void law_byteReaderIsBitIdenticalToParseDouble_onPrintedForms() {
    // The forms files hold: %.Ng as numpy and C write them, %e, and plain decimals of rates.
    qt().withFixedSeed(20261203L).withExamples(100_000)
        .forAll(doubles().between(-1.0, 1.0), integers().between(1, 17), integers().between(0, 3))
        .check((x, digits, form) -> {
          String s = switch (form) {
            case 0 -> String.format(Locale.ROOT, "%." + digits + "g", x);
            case 1 -> String.format(Locale.ROOT, "%." + digits + "e", x);
            case 2 -> String.format(Locale.ROOT, "%." + digits + "f", x);
            default -> String.format(Locale.ROOT, "%." + digits + "e", x * 1e-6);
          };
          return agreesWhereItDecides(s);
        });
  }

  @Test
  void law_byteReaderDecidesEveryShortRateForm() {
    // %.10g of a rate is what the CLI benchmark's file holds: none may miss the fast path.
    qt().withFixedSeed(20261204L).withExamples(50_000)
        .forAll(doubles().between(-0.01, 0.01))
        .assuming(x -> Math.abs(x) > 1e-12)
        .check(x -> {
          String s = String.format(Locale.ROOT, "%.10g", x);
          return Double.doubleToRawLongBits(ascii(s)) == jdkBits(s);
        });
  }

  @Test
  void law_byteReaderIsBitIdenticalToParseDouble_onRandomDigitStrings() {
    // Significand and exponent drawn apart: the edges of the 15-digit and ±22 bounds.
    qt().withFixedSeed(20261205L).withExamples(100_000)
        .forAll(longs().between(0, 999_999_999_999_999_999L), integers().between(0, 19),
            integers().between(-40, 40))
        .check((m, point, exp) -> {
          String digits = Long.toString(m);
          int at = Math.min(point, digits.length());
          String s = digits.substring(0, at) + "." + digits.substring(at) + "e" + exp;
          return agreesWhereItDecides(s) && agreesWhereItDecides("-" + digits + "e" + exp);
        });
  }

  @Test
  void law_byteReaderNeverAcceptsWhatTheGeneralWayRefuses() {
    qt().withFixedSeed(20261206L).withExamples(50_000)
        .forAll(TextOver.alphabet("0123456789+-.eE x", 0, 12))
        .check(s -> {
          double fast = ascii(s);
          if (Double.isNaN(fast)) {
            return true;
          }
          try {
            return Double.doubleToRawLongBits(Decimals.parse(s))
                == Double.doubleToRawLongBits(fast);
          } catch (IllegalArgumentException refused) {
            return false;
          }
        });
  }
}
