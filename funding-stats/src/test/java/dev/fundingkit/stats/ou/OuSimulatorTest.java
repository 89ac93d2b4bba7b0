package dev.fundingkit.stats.ou;

import dev.fundingkit.core.rate.FundingRate;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OuSimulatorTest {

  private static final OuParameters P = OuParameters.perHour(0.05, FundingRate.of(1e-4, java.time.Duration.ofHours(1)), 2e-5);

  @Test
  void sameSeed_samePath_otherSeed_otherPath() {
    double[] t = OuFitterTest.grid(100, 8);
    assertArrayEquals(OuSimulator.seeded(P, 1).path(t), OuSimulator.seeded(P, 1).path(t));
    assertFalse(Arrays.equals(OuSimulator.seeded(P, 1).path(t),
        OuSimulator.seeded(P, 2).path(t)));
  }

  @Test
  void transitions_haveTheExactConditionalMeanAndVariance_evenForLongSteps() {
    // one step of 30 h from F = μ + 5 sd, repeated: no Euler error however long the step
    int reps = 40_000;
    double start = P.mu().value() + 5 * P.stationarySd().value();
    OuSimulator sim = OuSimulator.seeded(P, 7);
    double[] t = {0, 30};
    double[] out = new double[2];
    double sum = 0;
    double sumSq = 0;
    for (int i = 0; i < reps; i++) {
      sim.fill(start, t, out);
      sum += out[1];
      sumSq += out[1] * out[1];
    }
    double mean = sum / reps;
    double var = sumSq / reps - mean * mean;
    double expectedVar = P.conditionalVariance(Duration.ofHours(30));
    double expectedMean =
        P.conditionalMean(P.mu().withValue(start), Duration.ofHours(30)).value();
    assertEquals(expectedMean, mean, 4 * Math.sqrt(expectedVar / reps));
    assertEquals(expectedVar, var, 4 * expectedVar * Math.sqrt(2.0 / reps));
  }

  @Test
  void stationaryStart_hasTheStationarySd() {
    OuSimulator sim = OuSimulator.seeded(P, 11);
    double[] t = {0};
    double sumSq = 0;
    int reps = 20_000;
    for (int i = 0; i < reps; i++) {
      double d = sim.path(t)[0] - P.mu().value();
      sumSq += d * d;
    }
    assertEquals(P.stationarySd().value(), Math.sqrt(sumSq / reps), 0.03 * P.stationarySd().value());
  }

  @Test
  void instantsAndMillis_giveTheSamePathAsHours() {
    Instant t0 = Instant.parse("2025-03-01T00:00:00Z");
    Instant[] times = {t0, t0.plusSeconds(8 * 3600), t0.plusSeconds(20 * 3600)};
    long[] ms = {t0.toEpochMilli(), times[1].toEpochMilli(), times[2].toEpochMilli()};
    double[] hours = {0, 8, 20};
    double[] expected = OuSimulator.seeded(P, 3).path(hours);
    assertArrayEquals(expected, OuSimulator.seeded(P, 3).path(times));
    assertArrayEquals(expected, OuSimulator.seeded(P, 3).path(ms));
    assertEquals(0.25, OuSimulator.seeded(P, 3).pathFrom(0.25, hours)[0]);
    assertEquals(P, OuSimulator.seeded(P, 3).parameters());
  }

  @Test
  void badInput() {
    OuSimulator sim = OuSimulator.seeded(P, 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> sim.path(new double[] {0, 8, 8}));
    assertEquals("times must be strictly increasing, but times[2]=8.0 duplicates times[1]=8.0",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> sim.path(new double[] {0, Double.NaN}));
    assertThrows(IllegalArgumentException.class,
        () -> sim.pathFrom(Double.NaN, new double[] {0, 1}));
    new NullPointerTester().setDefault(OuParameters.class, P).testAllPublicStaticMethods(
        OuSimulator.class);
    new NullPointerTester().testAllPublicInstanceMethods(sim);
  }
}
