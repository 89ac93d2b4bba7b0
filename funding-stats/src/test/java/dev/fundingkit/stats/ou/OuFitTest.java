package dev.fundingkit.stats.ou;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OuFitTest {

  private static final java.time.Duration H8 = java.time.Duration.ofHours(8);

  private static final double LN2 = Math.log(2);

  @Test
  void accessors_areConsistentWithEachOther_andWithTheTimeUnit() {
    Golden g = new Golden("regular_8h_n1000_seed42");
    OuFit h = OuFitter.defaults().fitAt(g.t, g.x, H8);
    double[] days = g.t.clone();
    for (int i = 0; i < days.length; i++) {
      days[i] /= 24;
    }
    OuFit d = OuFitter.defaults().withTimeUnit(Duration.ofDays(1)).fitAt(days, g.x, H8);
    double theta = h.theta().orElseThrow();
    assertEquals(24 * theta, d.theta().orElseThrow(), 1e-10 * 24 * theta);
    assertEquals(h.halfLifeHours().orElseThrow(), d.halfLifeHours().orElseThrow(), 1e-8);
    assertEquals(h.halfLifeHoursCi().orElseThrow().upper(),
        d.halfLifeHoursCi().orElseThrow().upper(), 1e-8);
    assertEquals(LN2 / theta, h.halfLifeHours().orElseThrow(), 1e-12);
    assertEquals(LN2 / h.thetaMle().orElseThrow(), h.halfLifeHoursMle().orElseThrow(), 1e-12);
    assertEquals(h.sigma().orElseThrow() / Math.sqrt(2 * theta),
        h.stationarySd().orElseThrow().value(), 1e-18);
    assertTrue(h.stationarySd().orElseThrow().value() > h.stationarySdMle().orElseThrow().value());
    assertEquals(h.thetaCiProfile(), h.thetaCi());
    assertEquals(IntervalMethod.PROFILE_LIKELIHOOD, h.intervalMethod());
    assertEquals(999, h.transitions());
    assertEquals(7992, h.spanUnits(), 0);
    assertEquals(8, h.meanStepUnits(), 0);
    assertEquals(Duration.ofHours(1), h.timeUnit());
    assertEquals(h.parameters().orElseThrow().halfLife(), h.halfLife().orElseThrow());
    assertEquals(h.parametersMle().orElseThrow().halfLife(), h.halfLifeMle().orElseThrow());
    assertEquals(h.unitRootTest().orElseThrow().tau(), h.adfTau().orElseThrow(), 0);
  }

  @Test
  void halfLifeInterval_isUnboundedAboveWhenTheThetaIntervalReachesZero() {
    // a short random walk: φ̂ < 1 but the profile interval for φ reaches 1
    double[] x = OuFitterTest.ar1(99, 60, 1.0);
    OuFit fit = OuFitter.defaults().fitRegular(x, Duration.ofHours(8));
    if (fit.thetaMle().isPresent()) {
      ConfidenceInterval theta = fit.thetaCi().orElseThrow();
      ConfidenceInterval hl = fit.halfLifeHoursCi().orElseThrow();
      assertEquals(theta.lower() == 0, !hl.isBounded());
      assertTrue(hl.contains(fit.halfLifeHoursMle().orElseThrow()));
    }
    assertTrue(fit.verdict() != OuVerdict.MEAN_REVERTING, fit::toString);
  }

  @Test
  void bootstrapOptions_workOnIrregularData_andAreReproducible() {
    Golden g = new Golden("gaps_8h_n400_seed3_drop03");
    OuFitter boot = OuFitter.defaults().withBiasCorrection(BiasCorrection.BOOTSTRAP)
        .withIntervalMethod(IntervalMethod.BOOTSTRAP_BASIC).withBootstrap(60, 8);
    OuFit a = boot.fitAt(g.t, g.x, H8);
    OuFit b = boot.fitAt(g.t, g.x, H8);
    assertEquals(a.theta(), b.theta());
    assertEquals(a.thetaCi(), b.thetaCi());
    assertEquals(BiasCorrection.BOOTSTRAP, a.biasCorrection());
    double mle = a.thetaMle().orElseThrow();
    assertTrue(a.theta().orElseThrow() < mle, a::toString);
    ConfidenceInterval ci = a.thetaCi().orElseThrow();
    assertTrue(ci.contains(mle) && ci.lower() > 0 && ci.isBounded(), a::toString);
    assertTrue(!ci.equals(a.thetaCiProfile().orElseThrow()));
  }
}
