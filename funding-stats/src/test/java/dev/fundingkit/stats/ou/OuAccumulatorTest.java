package dev.fundingkit.stats.ou;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OuAccumulatorTest {

  private static final Duration H8 = Duration.ofHours(8);

  static void assertSameFit(OuFit batch, OuFit stream, double rel) {
    assertEquals(batch.n(), stream.n());
    assertEquals(batch.verdict(), stream.verdict());
    assertEquals(batch.phi().orElseThrow(), stream.phi().orElseThrow(), rel * Math.abs(batch.phi().orElseThrow()));
    assertEquals(batch.adfTau().orElseThrow(), stream.adfTau().orElseThrow(), rel * Math.abs(batch.adfTau().orElseThrow()));
    // Two-sided: an estimate present in one fit and absent in the other is a failure.
    assertEquals(batch.thetaMle().isPresent(), stream.thetaMle().isPresent(), "thetaMle");
    assertEquals(batch.theta().isPresent(), stream.theta().isPresent(), "theta");
    assertEquals(batch.sigma().isPresent(), stream.sigma().isPresent(), "sigma");
    assertEquals(batch.mu().isPresent(), stream.mu().isPresent(), "mu");
    assertEquals(batch.halfLifeHoursCi().isPresent(), stream.halfLifeHoursCi().isPresent(),
        "halfLifeHoursCi");
    if (batch.thetaMle().isPresent()) {
      double t = batch.thetaMle().getAsDouble();
      assertEquals(t, stream.thetaMle().getAsDouble(), rel * t);
    }
    if (batch.theta().isPresent()) {
      double t = batch.theta().getAsDouble();
      assertEquals(t, stream.theta().getAsDouble(), rel * t);
    }
    if (batch.sigma().isPresent()) {
      double s = batch.sigma().getAsDouble();
      assertEquals(s, stream.sigma().getAsDouble(), rel * s);
    }
    if (batch.mu().isPresent()) {
      assertEquals(batch.mu().get().value(), stream.mu().orElseThrow().value(),
          rel * batch.stationarySdMle().or(batch::stationarySd).orElseThrow().value());
    }
    if (batch.halfLifeHoursCi().isPresent()) {
      ConfidenceInterval ci = batch.halfLifeHoursCi().get();
      ConfidenceInterval s = stream.halfLifeHoursCi().orElseThrow();
      assertEquals(ci.lower(), s.lower(), rel * ci.lower());
      assertEquals(ci.upper(), s.upper(), rel * ci.upper());
    }
  }

  /** The accumulator against the AR(1) least squares written out in {@link Ar1Oracle}. */
  static void assertMatchesOracle(double[] x, OuFit fit, Duration step, double rel) {
    Ar1Oracle.fit(x, 0, x.length).assertMatches(fit.phi(), fit.thetaMle(), step,
        fit.timeUnit(), rel);
  }

  @Test
  void law_snapshotEqualsTheBatchClosedFormFit() {
    qt().withFixedSeed(20261122L).withExamples(40)
        .forAll(integers().between(0, 100_000), integers().between(5, 1500))
        .checkAssert((seed, n) -> {
          double[] x = OuFitterTest.ouPath(seed, n);
          OuAccumulator acc = OuAccumulator.regular(H8);
          for (double v : x) {
            acc.add(v);
          }
          assertSameFit(OuFitter.defaults().fitRegular(x, H8), acc.snapshot(), 1e-9);
          // The batch fit and the accumulator share the closed form; the oracle does not.
          assertMatchesOracle(x, acc.snapshot(), H8, 1e-7);
        });
  }

  @Test
  void snapshots_areIndependentOfLaterAdds_andBulkAddEqualsSingleAdds() {
    double[] x = OuFitterTest.ouPath(3, 600);
    OuAccumulator acc = OuAccumulator.regular(H8, Duration.ofDays(1));
    acc.addAll(java.util.Arrays.copyOf(x, 300));
    OuFit first = acc.snapshot();
    acc.addAll(java.util.Arrays.copyOfRange(x, 300, 600));
    assertEquals(300, first.n());
    assertEquals(600, acc.count());
    assertEquals(Duration.ofDays(1), acc.snapshot().timeUnit());
    assertSameFit(OuFitter.defaults().withTimeUnit(Duration.ofDays(1)).fitRegular(x, H8),
        acc.snapshot(), 1e-9);
    assertEquals(H8, acc.step());
  }

  @Test
  void badInput_andTooLittleData() {
    OuAccumulator acc = OuAccumulator.regular(H8);
    assertEquals("value must be finite, was NaN",
        assertThrows(IllegalArgumentException.class, () -> acc.add(Double.NaN)).getMessage());
    assertEquals("values[1] must be finite, was Infinity", assertThrows(
        IllegalArgumentException.class,
        () -> acc.addAll(new double[] {1, Double.POSITIVE_INFINITY})).getMessage());
    assertEquals(OuVerdict.INSUFFICIENT_DATA, acc.snapshot().verdict());
    OuAccumulator flat = OuAccumulator.regular(H8).addAll(new double[] {1e-4, 1e-4, 1e-4,
        1e-4, 1e-4, 1e-4});
    assertEquals(OuVerdict.INSUFFICIENT_DATA, flat.snapshot().verdict());
    assertTrue(flat.snapshot().mu().isEmpty());
    assertThrows(IllegalArgumentException.class, () -> OuAccumulator.regular(Duration.ZERO));
    new NullPointerTester().setDefault(Duration.class, H8)
        .testAllPublicStaticMethods(OuAccumulator.class);
    new NullPointerTester().testAllPublicInstanceMethods(acc);
  }
}
