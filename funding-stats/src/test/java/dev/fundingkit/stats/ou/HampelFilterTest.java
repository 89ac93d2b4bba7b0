package dev.fundingkit.stats.ou;

import dev.fundingkit.core.rate.FundingRate;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HampelFilterTest {

  private static final Duration H8 = Duration.ofHours(8);

  /** 1095 × 8 h (one year), HL 72 h, as in ou.md §7. */
  private static double[] year(long seed) {
    return OuSimulator.seeded(OuParameters.perHour(Math.log(2) / 72, FundingRate.of(1e-4, java.time.Duration.ofHours(1)), 2e-5), seed)
        .path(OuFitterTest.grid(1095, 8));
  }

  @Test
  void isolatedSpikes_wreckTheMle_andTheFilterRestoresIt() {
    double[] x = year(31);
    double sd = OuParameters.perHour(Math.log(2) / 72, FundingRate.of(1e-4, java.time.Duration.ofHours(1)), 2e-5).stationarySd().value();
    Random r = new Random(31);
    int spikes = 0;
    for (int i = 20; i < x.length - 20; i += 80 + r.nextInt(40)) {
      x[i] += 8 * sd;
      spikes++;
    }
    OuFitter plain = OuFitter.defaults().withBiasCorrection(BiasCorrection.NONE);
    OuFit dirty = plain.fitRegular(x, H8);
    OuFit cleaned = plain.withOutlierFilter(HampelFilter.defaults()).fitRegular(x, H8);
    double truth = 72;
    System.out.printf("HL with %d spikes: raw %.1f h, Hampel %.1f h (replaced %d)%n", spikes,
        dirty.halfLifeHoursMle().orElseThrow(), cleaned.halfLifeHoursMle().orElseThrow(),
        cleaned.replacedOutliers());
    assertTrue(dirty.halfLifeHoursMle().orElseThrow() < 0.5 * truth);
    assertTrue(Math.abs(cleaned.halfLifeHoursMle().orElseThrow() / truth - 1) < 0.25);
    assertTrue(cleaned.replacedOutliers() >= spikes && cleaned.replacedOutliers() <= spikes + 3);
    assertEquals(0, dirty.replacedOutliers());
  }

  @Test
  void cleanData_isEssentiallyUntouched() {
    double[] x = year(32);
    double[] out = new double[x.length];
    int replaced = HampelFilter.defaults().apply(x, out);
    assertTrue(replaced <= 2, "replaced " + replaced);
    OuFitter plain = OuFitter.defaults().withBiasCorrection(BiasCorrection.NONE);
    double before = plain.fitRegular(x, H8).halfLifeHoursMle().orElseThrow();
    double after = plain.withOutlierFilter(HampelFilter.defaults()).fitRegular(x, H8)
        .halfLifeHoursMle().orElseThrow();
    assertEquals(before, after, 0.02 * before);
  }

  @Test
  void pinnedWindows_replaceNothing_andInPlaceEqualsCopy() {
    double[] x = {1e-4, 1e-4, 1e-4, 1e-4, 3e-4, 1e-4, 1e-4, 1e-4, 1e-4};
    double[] out = new double[x.length];
    assertEquals(0, new HampelFilter(3, 5).apply(x, out));
    assertArrayEquals(x, out);
    double[] y = {1, 2, 1.5, 1.2, 50, 1.1, 1.7, 1.3, 1.9};
    double[] copy = new double[y.length];
    int n = new HampelFilter(3, 3).apply(y, copy);
    double[] inPlace = y.clone();
    assertEquals(n, new HampelFilter(3, 3).apply(inPlace, inPlace));
    assertArrayEquals(copy, inPlace);
    assertEquals(1, n);
    assertEquals(1.5, copy[4], 1e-12);
  }

  @Test
  void badSettings_andValueSemantics() {
    assertEquals("halfWindow must be >= 1, was 0",
        assertThrows(IllegalArgumentException.class, () -> new HampelFilter(0, 5)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new HampelFilter(5, 0));
    assertThrows(IllegalArgumentException.class, () -> new HampelFilter(5, Double.NaN));
    assertThrows(IllegalArgumentException.class,
        () -> HampelFilter.defaults().apply(new double[3], new double[2]));
    new EqualsTester()
        .addEqualityGroup(HampelFilter.defaults(), new HampelFilter(5, 5.0))
        .addEqualityGroup(new HampelFilter(3, 5.0))
        .testEquals();
    new NullPointerTester().testAllPublicInstanceMethods(HampelFilter.defaults());
  }
}
