package dev.fundingkit.stats.ou;

import dev.fundingkit.core.rate.FundingRate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.series.IntervalSource;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ModelAdequacyTest {

  private static final Duration H8 = Duration.ofHours(8);
  private static final double LN2 = Math.log(2);

  private static FundingSeries series(double[] x) {
    long[] ms = new long[x.length];
    for (int i = 0; i < ms.length; i++) {
      ms[i] = i * 8 * 3_600_000L;
    }
    return FundingSeries.of(ms, x, H8, IntervalSource.DECLARED);
  }

  private static double[] grid(int n) {
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = 8.0 * i;
    }
    return t;
  }

  @Test
  void oneOu_isAdequate_mostOfTheTime() {
    int adequate = 0;
    for (long seed = 1; seed <= 20; seed++) {
      double[] x = OuSimulator.seeded(OuParameters.perHour(LN2 / 24, FundingRate.of(1e-4, java.time.Duration.ofHours(1)), 2e-5), seed)
          .path(grid(2000));
      FundingSeries s = series(x);
      ModelAdequacy m = ModelAdequacy.of(s, OuFitter.defaults().fit(s)).orElseThrow();
      adequate += m.adequate() ? 1 : 0;
      assertEquals(Duration.ofHours(96), m.checks().get(4).lag());
    }
    // five lags with 95% bands each (correlated): most paths pass all
    assertTrue(adequate >= 14, "adequate " + adequate);
  }

  @Test
  void twoTimescales_areNotAdequate_andTheImpliedThetaFallsWithTheLag() {
    double tf = LN2 / 6;
    double ts = LN2 / 240;
    double[] t = grid(4000);
    double[] a = OuSimulator.seeded(OuParameters.perHour(tf, FundingRate.of(0, java.time.Duration.ofHours(1)), 1e-4 * Math.sqrt(2 * tf)), 3)
        .path(t);
    double[] b = OuSimulator.seeded(OuParameters.perHour(ts, FundingRate.of(1e-4, java.time.Duration.ofHours(1)), 1e-4 * Math.sqrt(2 * ts)), 4)
        .path(t);
    double[] x = new double[t.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = a[i] + b[i];
    }
    FundingSeries s = series(x);
    ModelAdequacy m = ModelAdequacy.of(s, OuFitter.defaults().fit(s)).orElseThrow();
    assertFalse(m.adequate(), m::toString);
    double first = m.checks().get(0).impliedTheta().orElseThrow();
    double last = m.checks().get(4).impliedTheta().orElseThrow();
    assertTrue(first > 2 * last, m::toString);
  }

  @Test
  void noTheta_orTooShort_isEmpty_andBadLagsAreRejected() {
    double[] x = OuSimulator.seeded(OuParameters.perHour(LN2 / 24, FundingRate.of(1e-4, java.time.Duration.ofHours(1)), 2e-5), 1)
        .path(grid(20));
    FundingSeries shortSeries = series(x);
    assertEquals(Optional.empty(),
        ModelAdequacy.of(shortSeries, OuFitter.defaults().fit(shortSeries)));
    double[] y = OuSimulator.seeded(OuParameters.perHour(LN2 / 24, FundingRate.of(1e-4, java.time.Duration.ofHours(1)), 2e-5), 1)
        .path(grid(300));
    FundingSeries s = series(y);
    OuFit fit = OuFitter.defaults().fit(s);
    assertThrows(IllegalArgumentException.class,
        () -> ModelAdequacy.of(s, fit, new int[] {0}));
    assertThrows(IllegalArgumentException.class,
        () -> ModelAdequacy.of(s, fit, new int[] {31}));
    new NullPointerTester().setDefault(FundingSeries.class, s).setDefault(OuFit.class, fit)
        .testAllPublicStaticMethods(ModelAdequacy.class);
    new EqualsTester()
        .addEqualityGroup(ModelAdequacy.of(s, fit).orElseThrow(),
            ModelAdequacy.of(s, fit).orElseThrow())
        .addEqualityGroup(ModelAdequacy.of(s, fit, new int[] {1}).orElseThrow())
        .testEquals();
  }
}
