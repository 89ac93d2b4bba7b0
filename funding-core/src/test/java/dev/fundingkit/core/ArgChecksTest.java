package dev.fundingkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ArgChecksTest {

  private static void assertMessage(String expected, Executable call) {
    assertEquals(expected, assertThrows(IllegalArgumentException.class, call).getMessage());
  }

  @Test
  void doubles_areCheckedAndMinusZeroNormalised() {
    assertEquals(0, Double.compare(0.0, ArgChecks.finite("x", -0.0)));
    assertEquals(0, Double.compare(0.0, ArgChecks.nonNegative("x", -0.0)));
    assertEquals(0, Double.compare(0.0, ArgChecks.inRange("x", -0.0, -1, 1)));
    assertEquals(2.5, ArgChecks.positive("price", 2.5));
    assertMessage("x must be finite, was NaN", () -> ArgChecks.finite("x", Double.NaN));
    assertMessage("x must be >= 0, was -1.0", () -> ArgChecks.nonNegative("x", -1));
    assertMessage("price must be > 0, was 0.0", () -> ArgChecks.positive("price", 0));
    assertMessage("price must be finite, was Infinity",
        () -> ArgChecks.positive("price", Double.POSITIVE_INFINITY));
    assertMessage("w must be in [0.0, 1.0], was 1.5", () -> ArgChecks.inRange("w", 1.5, 0, 1));
    assertMessage("v[1] must be finite, was NaN",
        () -> ArgChecks.allFinite("v", new double[] {1, Double.NaN}));
  }

  @Test
  void durations_mustBePositive() {
    assertEquals(Duration.ofHours(8), ArgChecks.positive("interval", Duration.ofHours(8)));
    assertMessage("interval must be positive, was PT0S",
        () -> ArgChecks.positive("interval", Duration.ZERO));
    assertMessage("interval must be positive, was PT-1H",
        () -> ArgChecks.positive("interval", Duration.ofHours(-1)));
  }

  @Test
  void instants_mustStrictlyIncrease() {
    Instant t0 = Instant.parse("2025-01-01T00:00:00Z");
    Instant[] ok = {t0, t0.plusSeconds(1)};
    assertSame(ok, ArgChecks.strictlyIncreasing("times", ok));
    assertMessage("times must be strictly increasing, but times[1]=2025-01-01T00:00:00Z"
            + " duplicates times[0]=2025-01-01T00:00:00Z",
        () -> ArgChecks.strictlyIncreasing("times", new Instant[] {t0, t0}));
    assertThrows(NullPointerException.class,
        () -> ArgChecks.strictlyIncreasing("times", new Instant[] {t0, null}));
  }

  @Test
  void epochMillis_mustStrictlyIncrease_andTheMessageShowsTheInstant() {
    long[] ok = {0, 1, 5};
    assertSame(ok, ArgChecks.strictlyIncreasingEpochMillis("ms", ok));
    assertMessage("ms must be strictly increasing, but ms[2]=1 (1970-01-01T00:00:00.001Z)"
            + " is before ms[1]=5 (1970-01-01T00:00:00.005Z)",
        () -> ArgChecks.strictlyIncreasingEpochMillis("ms", new long[] {0, 5, 1}));
    assertMessage("ms must be strictly increasing, but ms[1]=5 (1970-01-01T00:00:00.005Z)"
            + " duplicates ms[0]=5 (1970-01-01T00:00:00.005Z)",
        () -> ArgChecks.strictlyIncreasingEpochMillis("ms", new long[] {5, 5}));
  }

  @Test
  void epochMillisRange_checksOnlyInsideTheRange() {
    long[] partly = {9, 1, 2, 3, 0};
    assertSame(partly, ArgChecks.strictlyIncreasingEpochMillis("ms", partly, 1, 4));
    assertThrows(IllegalArgumentException.class,
        () -> ArgChecks.strictlyIncreasingEpochMillis("ms", partly, 0, 4));
    assertThrows(IndexOutOfBoundsException.class,
        () -> ArgChecks.strictlyIncreasingEpochMillis("ms", partly, 2, 6));
  }

  @Test
  void nulls_areRejected() {
    new NullPointerTester()
        .setDefault(String.class, "x")
        .setDefault(Duration.class, Duration.ofHours(1))
        .testAllPublicStaticMethods(ArgChecks.class);
  }

  @Test
  void inRange_isClosed_andReturnsTheValue() {
    // Both ends belong to the range [0, 1]; a value inside comes back unchanged.
    assertEquals(0.0, ArgChecks.inRange("w", 0.0, 0, 1));
    assertEquals(1.0, ArgChecks.inRange("w", 1.0, 0, 1));
    assertEquals(0.25, ArgChecks.inRange("w", 0.25, 0, 1));
    assertMessage("w must be in [0.0, 1.0], was -0.5", () -> ArgChecks.inRange("w", -0.5, 0, 1));
  }

  @Test
  void allFinite_returnsTheSameArray() {
    double[] values = {1, 2};
    assertSame(values, ArgChecks.allFinite("v", values));
  }

  @Test
  void noOverflow_returnsAFiniteResult_withMinusZeroNormalised() {
    assertEquals(3.5, ArgChecks.noOverflow(3.5, "x", 1));
    // assertEquals on doubles compares bits: -0.0 must come back as +0.0.
    assertEquals(0.0, ArgChecks.noOverflow(-0.0, "x", 1));
  }
}
