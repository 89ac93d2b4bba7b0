package dev.fundingkit.stats.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.junit.jupiter.api.Test;

class GaussLegendreTest {

  /** Abramowitz &amp; Stegun Table 25.4, n = 20: the positive nodes and their weights. */
  private static final double[] AS_NODES = {
      0.0765265211334973, 0.2277858511416451, 0.3737060887154195, 0.5108670019508271,
      0.6360536807265150, 0.7463319064601508, 0.8391169718222188, 0.9122344282513259,
      0.9639719272779138, 0.9931285991850949};
  private static final double[] AS_WEIGHTS = {
      0.1527533871307258, 0.1491729864726037, 0.1420961093183820, 0.1316886384491766,
      0.1181945319615184, 0.1019301198172404, 0.0832767415767048, 0.0626720483341091,
      0.0406014298003869, 0.0176140071391521};

  @Test
  void twentyPointRule_matchesTheAbramowitzStegunTable() {
    double[][] r = GaussLegendre.rule(20);
    for (int k = 0; k < 10; k++) {
      assertEquals(AS_NODES[k], r[0][10 + k], 2e-16, "node " + k);
      assertEquals(-AS_NODES[k], r[0][9 - k], 2e-16, "mirrored node " + k);
      // weights carry a few ulps more than the nodes (see GaussLegendre)
      assertEquals(AS_WEIGHTS[k], r[1][10 + k], 2e-14 * AS_WEIGHTS[k], "weight " + k);
      assertEquals(AS_WEIGHTS[k], r[1][9 - k], 2e-14 * AS_WEIGHTS[k], "mirrored weight " + k);
    }
  }

  @Test
  void rulesUpTo20And40_matchTheBigDecimalRule() {
    GaussIntegratorFactory factory = new GaussIntegratorFactory();
    for (int n = 1; n <= 40; n = n == 20 ? 40 : n + 1) {
      GaussIntegrator exact = factory.legendreHighPrecision(n);
      double[][] r = GaussLegendre.rule(n);
      for (int i = 0; i < n; i++) {
        assertEquals(exact.getPoint(i), r[0][i], 2.5e-16, "n=" + n + " node " + i);
        double rel = n <= 20 ? 2e-14 : 5e-14;
        assertEquals(exact.getWeight(i), r[1][i], rel * exact.getWeight(i),
            "n=" + n + " weight " + i);
      }
    }
  }

  @Test
  void nPointRule_integratesPolynomialsOfDegree2nMinus1Exactly() {
    for (int n : new int[] {1, 2, 5, 20, 33}) {
      double[][] r = GaussLegendre.rule(n);
      for (int deg = 0; deg <= 2 * n - 1; deg++) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
          sum += r[1][i] * Math.pow(r[0][i], deg);
        }
        double exact = deg % 2 == 1 ? 0 : 2.0 / (deg + 1);
        assertEquals(exact, sum, 1e-14, "n=" + n + " degree " + deg);
      }
    }
  }

  @Test
  void noPoints_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> GaussLegendre.rule(0));
  }
}
