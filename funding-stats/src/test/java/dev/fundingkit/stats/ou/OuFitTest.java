package dev.fundingkit.stats.ou;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fundingkit.core.series.IntervalSource;
import java.time.Duration;
import java.util.OptionalDouble;
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

  private static final Duration H1 = Duration.ofHours(1);

  /** A hand-built interior fit: 100 points 8 h apart, θ̃ 0.01/h, a clearly rejected unit root. */
  private static OuFit built(double theta, double span, Duration unit, int replaced,
      IntervalSource source) {
    MleEstimate mle = new MleEstimate(OuEstimator.CLOSED_FORM, MleEstimate.Status.INTERIOR, 0.9,
        0.0125, 1e-4, 2e-5, 0.001, 1e-5, 1e-6, new ConfidenceInterval(0.01, 0.02));
    return new OuFit(100, span, unit, mle, theta, BiasCorrection.TANG_CHEN,
        IntervalMethod.PROFILE_LIKELIHOOD, new ConfidenceInterval(0.005, 0.02),
        new DickeyFuller(-5, 0, 98, -3.5, -2.9, -2.6), replaced, 1e-4, 3e-5, H8, source);
  }

  private static Object roundTrip(Object o) throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }

  @Test
  void judge_boundaries_areExact() {
    MleEstimate.Status in = MleEstimate.Status.INTERIOR;
    // 30 transitions are enough, 29 are not
    assertEquals(OuVerdict.MEAN_REVERTING, OuFit.judge(30, in, 1, 100, true, false));
    assertEquals(OuVerdict.INSUFFICIENT_DATA, OuFit.judge(29, in, 1, 100, true, false));
    // θ·T exactly 5 ln 2 (five half-lives) is enough
    assertEquals(OuVerdict.MEAN_REVERTING, OuFit.judge(100, in, LN2, 5, true, false));
    // θ = 0 is no mean reversion even over an infinite span (0·∞ is NaN, not a long span)
    assertEquals(OuVerdict.INSUFFICIENT_DATA,
        OuFit.judge(100, in, 0, Double.POSITIVE_INFINITY, true, false));
  }

  @Test
  void handBuiltFit_accessorsAndCaveats() {
    OuFit f = built(0.01, 792, H1, 3, IntervalSource.DECLARED);
    assertEquals(OuVerdict.MEAN_REVERTING, f.verdict());
    // θ̃·T/ln2 = 7.92/ln2
    assertEquals(7.92 / LN2, f.spanHalfLives().orElseThrow(), 1e-12);
    assertEquals(java.util.Set.of(OuCaveat.SHORT_SPAN), f.caveats());
    assertEquals("8h", f.intervalLabel());
    assertEquals(java.util.Optional.of(IntervalSource.DECLARED), f.intervalSource());
    assertEquals(java.util.Optional.empty(),
        built(0.01, 792, H1, 3, null).intervalSource());
    // exactly 30 half-lives (θ = ln2, T = 30) is not short; 60 neither
    assertEquals(30, built(LN2, 30, H1, 0, null).spanHalfLives().orElseThrow(), 0);
    assertEquals(java.util.Set.of(), built(LN2, 30, H1, 0, null).caveats());
    assertEquals(java.util.Set.of(), built(LN2, 60, H1, 0, null).caveats());
    // θ = 0 is mapped to absent: no θ̃, no span in half-lives, no caveat
    OuFit zero = built(0, 792, H1, 0, null);
    assertEquals(OptionalDouble.empty(), zero.theta());
    assertEquals(OptionalDouble.empty(), zero.spanHalfLives());
    assertEquals(java.util.Set.of(), zero.caveats());
    // a unit of 5400 s + 0.36 s = 1.5001 h: the half-life ln2/θ in units times 1.5001
    OuFit odd = built(0.01, 792, Duration.ofSeconds(5400, 360_000_000), 0, null);
    assertEquals(LN2 / 0.01 * 1.5001, odd.halfLifeHours().orElseThrow(), 1e-9);
    // two observations: the mean step is the span itself
    OuFit two = OuFit.insufficient(2, 8, H1, BiasCorrection.NONE,
        IntervalMethod.PROFILE_LIKELIHOOD, 0, H8, null);
    assertEquals(8, two.meanStepUnits(), 0);
    assertEquals(0, OuFit.insufficient(1, 0, H1, BiasCorrection.NONE,
        IntervalMethod.PROFILE_LIKELIHOOD, 0, H8, null).meanStepUnits(), 0);
  }

  @Test
  void toString_namesEveryFigure() {
    String s = built(0.01, 792, H1, 3, null).toString();
    // each figure as Java prints the double literal it was built from
    for (String part : new String[] {"OuFit[MEAN_REVERTING n=100", " θMLE=0.0125", " θ=0.01/PT1H",
        " μ=1.0E-4/8h", " σ=2.0E-5", " HL=" + (LN2 / 0.01) + "h",
        " HL95%=[" + (LN2 / 0.02) + ", " + (LN2 / 0.005) + "]h", " φ=0.9", " τ=-5.0",
        " replaced=3]"}) {
      assertTrue(s.contains(part), part + " in " + s);
    }
    assertTrue(built(0.01, 792, H1, 1, null).toString().endsWith(" replaced=1]"));
    assertTrue(!built(0.01, 792, H1, 0, null).toString().contains("replaced"));
  }

  @Test
  void serialization_roundTripsInteriorAndInsufficientFits() throws Exception {
    OuFit f = built(0.01, 792, H1, 3, IntervalSource.DECLARED);
    OuFit back = (OuFit) roundTrip(f);
    assertEquals(f.toString(), back.toString());
    assertEquals(f.intervalSource(), back.intervalSource());
    // an insufficient fit has no unit-root test and must still be readable
    OuFit none = OuFit.insufficient(10, 72, H1, BiasCorrection.NONE,
        IntervalMethod.PROFILE_LIKELIHOOD, 0, H8, null);
    OuFit noneBack = (OuFit) roundTrip(none);
    assertEquals(OuVerdict.INSUFFICIENT_DATA, noneBack.verdict());
    assertEquals(10, noneBack.n());
  }
}
