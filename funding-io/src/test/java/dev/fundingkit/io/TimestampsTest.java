package dev.fundingkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.NullPointerTester;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampsTest {

  private static final Instant T = Instant.parse("2025-10-01T08:00:00Z");

  @Test
  void readsIsoInstants() {
    assertEquals(T, Timestamps.parse("2025-10-01T08:00:00Z"));
    assertEquals(T.plusMillis(3), Timestamps.parse("2025-08-21T16:00:00.003Z")
        .plusSeconds(T.getEpochSecond() - Instant.parse("2025-08-21T16:00:00Z").getEpochSecond()));
    assertEquals(T, Timestamps.parse("2025-10-01T10:00:00+02:00"));
    assertEquals(T, Timestamps.parse("2025-10-01 08:00:00+0000"));
    assertEquals(T, Timestamps.parse("2025-10-01T08:00:00z"));
    assertEquals(TimestampForm.ZONED, Timestamps.form("2025-10-01 08:00:00+0000"));
  }

  @Test
  void zonelessDateTime_isUtc() {
    assertEquals(T, Timestamps.parse("2025-10-01 08:00:00"));
    assertEquals(T, Timestamps.parse("2025-10-01T08:00"));
    assertEquals(T.plusMillis(250), Timestamps.parse("2025-10-01 08:00:00.250"));
    assertEquals(Instant.parse("2025-10-01T00:00:00Z"), Timestamps.parse("2025-10-01"));
    assertEquals(TimestampForm.LOCAL_AS_UTC, Timestamps.form("2025-10-01 08:00:00"));
  }

  @Test
  void epochNumbers_secondsBelow1e11_millisFromThere() {
    assertEquals(T, Timestamps.parse(Long.toString(T.toEpochMilli())));
    assertEquals(T, Timestamps.parse(Long.toString(T.getEpochSecond())));
    assertEquals(Instant.parse("2024-01-01T00:00:00.151Z"), Timestamps.parse("1704067200151"));
    assertEquals(Instant.ofEpochSecond(99_999_999_999L), Timestamps.parse("99999999999"));
    assertEquals(Instant.ofEpochMilli(100_000_000_000L), Timestamps.parse("100000000000"));
    assertEquals(T.plusMillis(500), Timestamps.parse(T.getEpochSecond() + ".5"));
    assertEquals(TimestampForm.EPOCH_SECONDS, Timestamps.form("1759305600"));
    assertEquals(TimestampForm.EPOCH_MILLIS, Timestamps.form("1759305600000"));
  }

  @Test
  void rejectsOtherText_withTheFormsItAccepts() {
    for (String bad : new String[] {"", "yesterday", "2025-13-01", "2025-10-01 25:00:00",
        "01/10/2025", "2025-10-01T08:00:00 UTC", "1e12"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Timestamps.parse(bad), bad);
      assertTrue(e.getMessage().contains("ISO-8601"), e.getMessage());
    }
  }

  @Test
  void law_epochMillisReadBack_from1973On() {
    qt().withFixedSeed(20261122L)
        .forAll(longs().between(Timestamps.MILLIS_THRESHOLD, 4_102_444_800_000L))
        .check(ms -> Timestamps.parse(Long.toString(ms)).equals(Instant.ofEpochMilli(ms)));
  }

  @Test
  void law_isoTextReadBack() {
    qt().withFixedSeed(20261122L)
        .forAll(longs().between(0, 4_102_444_800_000L))
        .check(ms -> Timestamps.parse(Instant.ofEpochMilli(ms).toString())
            .equals(Instant.ofEpochMilli(ms)));
  }

  @Test
  void nulls() {
    new NullPointerTester().testAllPublicStaticMethods(Timestamps.class);
  }

  @Test
  void impossibleCalendarDates_areErrors_neverShifted() {
    for (String bad : new String[] {"2025-02-30T00:00:00Z", "2025-04-31 00:00:00",
        "2025-02-29", "2024-02-30T00:00:00+00:00"}) {
      org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> Timestamps.parse(bad), bad);
    }
    // 2024 is a leap year: 2024-02-29 exists
    org.junit.jupiter.api.Assertions.assertEquals(java.time.Instant.parse("2024-02-29T00:00:00Z"),
        Timestamps.parse("2024-02-29"));
  }

  /** The epoch grammar as the regular expression the scanner replaced: the test's oracle. */
  private static final java.util.regex.Pattern EPOCH =
      java.util.regex.Pattern.compile("-?\\d{1,19}(\\.\\d{1,9})?");

  @Test
  void epochScannerAcceptsExactlyTheEpochGrammar() {
    qt().withFixedSeed(20261202L).withExamples(20_000)
        .forAll(TextOver.alphabet("0123456789-.x", 0, 24))
        .check(s -> (Timestamps.epochForm(s) != 0) == EPOCH.matcher(s).matches());
  }

  @Test
  void wholeEpochFastPathEqualsTheDecimalReading() {
    // Oracle: the instant built by hand from the number (seconds below 1e11, else millis).
    qt().withFixedSeed(20261202L).withExamples(5_000)
        .forAll(longs().between(-999_999_999_999_999_999L, 999_999_999_999_999_999L))
        .check(v -> {
          Instant expected = Math.abs(v) >= Timestamps.MILLIS_THRESHOLD
              ? Instant.EPOCH.plusMillis(v)
              : Instant.EPOCH.plusSeconds(v);
          return expected.equals(Timestamps.parse(Long.toString(v)));
        });
    // before the epoch, a millisecond number floors to the earlier second
    assertEquals(Instant.ofEpochSecond(-150_000_001, 500_000_000),
        Timestamps.parse("-150000000500"));
  }

  // ------------------------------------------------------------------ the byte reader

  private static long ascii(String s) {
    byte[] b = s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    return Timestamps.epochMillisAscii(b, 0, b.length);
  }

  @Test
  void byteReader_readsEpochSecondsAndMillisByMagnitude() {
    assertEquals(1577836800000L, ascii("1577836800"));
    assertEquals(1577836800123L, ascii("1577836800123"));
    assertEquals(-1000L, ascii("-1"));
    for (String s : new String[] {"", "-", "+1", "1.5", "1e3", "2025-10-01", " 1",
        "1234567890123456789"}) {
      assertEquals(Long.MIN_VALUE, ascii(s), s);
    }
  }

  @Test
  void law_byteReaderAgreesWithParse() {
    // The oracle is the general reading (Long.parseLong and java.time); the byte reader must
    // give its instant wherever it decides, and decide every whole number of <= 18 digits.
    qt().withFixedSeed(20261202L).withExamples(50_000)
        .forAll(longs().between(-999_999_999_999_999_999L, 999_999_999_999_999_999L),
            org.quicktheories.generators.SourceDSL.integers().between(0, 17))
        .check((n, cut) -> {
          String s = Long.toString(n % pow10(cut));
          return ascii(s) == Timestamps.parse(s).toEpochMilli();
        });
    qt().withFixedSeed(20261203L).withExamples(20_000)
        .forAll(TextOver.alphabet("0123456789-+.eT: ", 0, 20))
        .check(s -> {
          long fast = ascii(s);
          if (fast == Long.MIN_VALUE) {
            return true;
          }
          try {
            return Timestamps.parse(s).toEpochMilli() == fast;
          } catch (IllegalArgumentException refused) {
            return false;
          }
        });
  }

  private static long pow10(int k) {
    long p = 10;
    for (int i = 0; i < k; i++) {
      p *= 10;
    }
    return p;
  }
}
