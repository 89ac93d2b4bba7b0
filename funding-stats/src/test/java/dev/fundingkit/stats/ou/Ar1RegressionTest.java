package dev.fundingkit.stats.ou;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class Ar1RegressionTest {

  @Test
  void exactMap_equalsTheClosedFormMle_eulerMapIsBiasedByTheKnownFactor() {
    double[] x = OuFitterTest.ouPath(9, 2000);
    Ar1Regression r = Ar1Regression.of(x, 8);
    OuFit fit = OuFitter.defaults().fitRegular(x, java.time.Duration.ofHours(8));
    double theta = r.thetaExactMap().orElseThrow();
    assertEquals(fit.thetaMle().orElseThrow(), theta, 1e-15);
    assertEquals(fit.mu().orElseThrow().value(), r.muExactMap().orElseThrow(), 1e-15);
    // θ_E/θ = (1 − e^(−θΔ))/(θΔ): ≈ 0.893 for a 24 h half-life on 8 h steps
    double factor = -Math.expm1(-theta * 8) / (theta * 8);
    assertEquals(factor, r.thetaEulerBiased() / theta, 1e-12);
    assertTrue(factor < 0.95);
    assertTrue(r.sigmaEulerBiased() < r.sigmaExactMap().orElseThrow());
  }

  @Test
  void noExactMap_outsideTheUnitInterval() {
    Ar1Regression r = Ar1Regression.of(OuFitterTest.ar1(1, 300, -0.5), 8);
    assertTrue(r.thetaExactMap().isEmpty());
    assertTrue(r.muExactMap().isEmpty());
    assertTrue(r.sigmaExactMap().isEmpty());
    assertTrue(r.thetaEulerBiased() > 0);
  }

  @Test
  void badInput() {
    assertThrows(IllegalStateException.class, () -> Ar1Regression.of(new double[] {1, 2, 3}, 1));
    assertThrows(IllegalStateException.class, () -> Ar1Regression.of(new double[] {1, 1, 1, 1}, 1));
    assertThrows(IllegalArgumentException.class, () -> Ar1Regression.of(new double[5], 0));
    assertThrows(IllegalArgumentException.class, () -> new Ar1Regression(0, 1, -1, 0, 0, 1));
    new NullPointerTester().testAllPublicStaticMethods(Ar1Regression.class);
  }
}
