package dev.fundingkit.stats.ou;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Conformance with ou_reference.py (golden vectors and commands in
 * src/test/resources/dev/fundingkit/stats/ou/golden/README.md). The script's θ fields are raw
 * MLEs; its Tang–Chen value is under {@code bias.tang_chen_theta}; its intervals are 95% profile
 * likelihood.
 */
class OuFitterGoldenTest {

  private static final java.time.Duration H8 = java.time.Duration.ofHours(8);

  private static final double CLOSED = 1e-10;
  private static final double NUMERIC = 1e-6;
  private static final OuFitter NO_CORRECTION =
      OuFitter.defaults().withBiasCorrection(BiasCorrection.NONE);

  @ParameterizedTest
  @ValueSource(strings = {"regular_8h_n1000_seed42", "regular_1h_n300_seed7"})
  void regular_closedForm_matchesReference(String name) {
    Golden g = new Golden(name);
    OuFit fit = OuFitter.defaults().fitAt(g.t, g.x, H8);
    assertEquals(OuEstimator.CLOSED_FORM, fit.estimator());
    g.close("exact_mle_closed_form.phi", fit.phi().orElseThrow(), CLOSED);
    assertMatches(g, fit, "exact_mle_closed_form.", CLOSED, CLOSED);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "irregular_8h_n800_seed11_drop02_jitter01", "gaps_8h_n400_seed3_drop03"})
  void irregular_profileLikelihood_matchesReference(String name) {
    Golden g = new Golden(name);
    OuFit fit = OuFitter.defaults().fitAt(g.t, g.x, H8);
    assertEquals(OuEstimator.PROFILE_LIKELIHOOD, fit.estimator());
    g.close("exact_mle_numerical.profile_check.theta", fit.thetaMle().orElseThrow(), NUMERIC);
    assertMatches(g, fit, "exact_mle_numerical.", NUMERIC, 1e-5);
  }

  /**
   * Every reference field of one estimator block, the Tang–Chen θ, the DF test and the
   * verdict (the script's {@code theta} is the raw MLE; intervals are profile likelihood).
   */
  static void assertMatches(Golden g, OuFit fit, String k, double tol, double seTol) {
    assertEquals((int) g.get("input.n_points"), fit.n());
    g.close(k + "theta", fit.thetaMle().orElseThrow(), tol);
    g.close(k + "mu", fit.mu().orElseThrow().value(), tol);
    g.close(k + "sigma", fit.sigma().orElseThrow(), tol);
    g.close(k + "stationary_sd", fit.stationarySdMle().orElseThrow().value(), tol);
    g.close(k + "se_theta", fit.seTheta().orElseThrow(), seTol);
    g.close(k + "se_mu", fit.seMu().orElseThrow().value(), seTol);
    g.close(k + "se_sigma", fit.seSigma().orElseThrow(), seTol);
    g.close(k + "half_life", fit.halfLifeHoursMle().orElseThrow(), tol);
    ConfidenceInterval ci = fit.thetaCi().orElseThrow();
    g.close(k + "theta_ci95_profile.0", ci.lower(), tol);
    g.close(k + "theta_ci95_profile.1", ci.upper(), tol);
    ConfidenceInterval hl = fit.halfLifeHoursCi().orElseThrow();
    g.close(k + "half_life_ci95_profile.0", hl.lower(), tol);
    g.close(k + "half_life_ci95_profile.1", hl.upper(), tol);
    g.close("bias.tang_chen_theta", fit.theta().orElseThrow(), tol);
    DickeyFuller df = fit.unitRootTest().orElseThrow();
    g.close("df_test.tau", df.tau(), CLOSED);
    assertEquals((int) g.get("df_test.nobs"), df.observations());
    g.close("df_test.crit_mackinnon2010.1pct", df.critical1(), CLOSED);
    g.close("df_test.crit_mackinnon2010.5pct", df.critical5(), CLOSED);
    g.close("df_test.crit_mackinnon2010.10pct", df.critical10(), CLOSED);
    g.close("df_test.tau", fit.adfTau().orElseThrow(), CLOSED);
    assertEquals("mean_reverting", g.text("verdict"));
    assertEquals(OuVerdict.MEAN_REVERTING, fit.verdict());
  }

  @Test
  void profileLikelihood_onRegularData_agreesWithClosedForm() {
    Golden g = new Golden("regular_8h_n1000_seed42");
    MleEstimate closed = ClosedFormMle.fit(Ar1Sums.of(g.x), 8.0);
    MleEstimate profile = new ProfileMle(g.t, g.x).fit();
    assertEquals(closed.theta, profile.theta, 1e-10 * closed.theta);
    assertEquals(closed.mu, profile.mu, 1e-9 * Math.abs(closed.mu));
    assertEquals(closed.sigma, profile.sigma, 1e-9 * closed.sigma);
    assertEquals(closed.thetaCi.lower(), profile.thetaCi.lower(), 1e-9 * closed.theta);
    assertEquals(closed.thetaCi.upper(), profile.thetaCi.upper(), 1e-9 * closed.theta);
    assertEquals(closed.seTheta, profile.seTheta, 1e-5 * closed.seTheta);
  }

  @Test
  void timestampsInMillis_giveTheSameFitAsHours() {
    Golden g = new Golden("gaps_8h_n400_seed3_drop03");
    long[] ms = new long[g.t.length];
    double[] hours = new double[g.t.length];
    for (int i = 0; i < ms.length; i++) {
      ms[i] = 1_700_000_000_000L + Math.round(g.t[i] * 3_600_000);
      hours[i] = (ms[i] - ms[0]) / 3_600_000.0;
    }
    OuFit a = NO_CORRECTION.fit(ms, g.x, H8);
    OuFit b = NO_CORRECTION.fitAt(hours, g.x, H8);
    assertEquals(b.thetaMle().orElseThrow(), a.thetaMle().orElseThrow(), 1e-12);
    assertEquals(b.halfLifeHoursMle().orElseThrow(), a.halfLifeHoursMle().orElseThrow(), 1e-9);
    OuFit days = NO_CORRECTION.withTimeUnit(Duration.ofDays(1)).fit(ms, g.x, H8);
    assertEquals(24 * a.thetaMle().orElseThrow(), days.thetaMle().orElseThrow(),
        1e-9 * days.thetaMle().orElseThrow());
    assertEquals(a.halfLifeHoursMle().orElseThrow(), days.halfLifeHoursMle().orElseThrow(),
        1e-8 * a.halfLifeHoursMle().orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"regular_8h_n1000_seed42", "irregular_8h_n800_seed11_drop02_jitter01"})
  void ar1Regression_matchesReference(String name) {
    Golden g = new Golden(name);
    Ar1Regression r = Ar1Regression.of(g.x, g.get("ar1_ols.dt_used"));
    g.close("ar1_ols.b", r.b(), CLOSED);
    g.close("ar1_ols.c", r.c(), CLOSED);
    g.close("ar1_ols.se_b", r.seB(), CLOSED);
    g.close("ar1_ols.se_c", r.seC(), CLOSED);
    g.close("ar1_ols.resid_var_n_minus_2", r.residualVariance(), CLOSED);
    g.close("ar1_ols.theta_exact_map", r.thetaExactMap().orElseThrow(), CLOSED);
    g.close("ar1_ols.mu", r.muExactMap().orElseThrow(), CLOSED);
    g.close("ar1_ols.sigma_exact_map", r.sigmaExactMap().orElseThrow(), CLOSED);
    g.close("ar1_ols.theta_euler", r.thetaEulerBiased(), CLOSED);
    g.close("ar1_ols.sigma_euler", r.sigmaEulerBiased(), CLOSED);
  }
}
