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
    batch.thetaMle().ifPresent(t -> assertEquals(t, stream.thetaMle().orElseThrow(), rel * t));
    batch.theta().ifPresent(t -> assertEquals(t, stream.theta().orElseThrow(), rel * t));
    batch.sigma().ifPresent(s -> assertEquals(s, stream.sigma().orElseThrow(), rel * s));
    batch.mu().ifPresent(m -> assertEquals(m.value(), stream.mu().orElseThrow().value(),
        rel * batch.stationarySdMle().or(batch::stationarySd).orElseThrow().value()));
    batch.halfLifeHoursCi().ifPresent(ci -> {
      ConfidenceInterval s = stream.halfLifeHoursCi().orElseThrow();
      assertEquals(ci.lower(), s.lower(), rel * ci.lower());
      assertEquals(ci.upper(), s.upper(), rel * ci.upper());
    });
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
