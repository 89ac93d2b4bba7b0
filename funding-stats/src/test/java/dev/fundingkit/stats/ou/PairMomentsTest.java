package dev.fundingkit.stats.ou;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The pair moments against sums worked out by hand. Series 1, 2, 4, 7, 11 gives the pairs
 * (1,2), (2,4), (4,7), (7,11): z̄ = 14/4 = 3.5, ȳ = 24/4 = 6; deviations dz = −2.5, −1.5, 0.5,
 * 3.5 and dy = −4, −2, 1, 5, so Szz = 6.25+2.25+0.25+12.25 = 21, Syy = 16+4+1+25 = 46 and
 * Szy = 10+3+0.5+17.5 = 31.
 */
class PairMomentsTest {

  private static final double EPS = 1e-12;

  /** Junk on both sides (100, −50) catches a window that reads one element too far. */
  private static final double[] X = {100, 1, 2, 4, 7, 11, -50};

  private static void assertMoments(PairMoments pm, int n, double zMean, double yMean,
      double szz, double szy, double syy) {
    assertEquals(n, pm.n, "n");
    assertEquals(zMean, pm.zMean, EPS, "zMean");
    assertEquals(yMean, pm.yMean, EPS, "yMean");
    assertEquals(szz, pm.szz, EPS, "szz");
    assertEquals(szy, pm.szy, EPS, "szy");
    assertEquals(syy, pm.syy, EPS, "syy");
  }

  @Test
  void exact_overAnInnerWindow_equalsTheHandSums() {
    PairMoments pm = new PairMoments();
    pm.exact(X, 1, 5);
    assertMoments(pm, 4, 3.5, 6, 21, 31, 46);
    Ar1Sums s = pm.sums();
    assertEquals(4, s.n);
    assertEquals(21, s.szz, EPS);
    assertEquals(31, s.szy, EPS);
  }

  @Test
  void exact_resetsEarlierState() {
    PairMoments pm = new PairMoments();
    pm.exact(X, 0, 6);
    pm.exact(X, 1, 5);
    assertMoments(pm, 4, 3.5, 6, 21, 31, 46);
  }

  @Test
  void add_pairByPair_equalsTheHandSums() {
    PairMoments pm = new PairMoments();
    pm.add(1, 2);
    pm.add(2, 4);
    pm.add(4, 7);
    pm.add(7, 11);
    assertMoments(pm, 4, 3.5, 6, 21, 31, 46);
  }

  @Test
  void remove_theFirstPair_equalsTheHandSumsOfTheRest() {
    // pairs (2,4), (4,7), (7,11): z̄ = 13/3, ȳ = 22/3; by S = Σab − n·ā·b̄:
    // Szz = 69 − 169/3 = 38/3, Syy = 186 − 484/3 = 74/3, Szy = 113 − 286/3 = 53/3
    PairMoments pm = new PairMoments();
    pm.exact(X, 1, 5);
    pm.remove(1, 2);
    assertMoments(pm, 3, 13.0 / 3, 22.0 / 3, 38.0 / 3, 53.0 / 3, 74.0 / 3);
  }

  @Test
  void remove_thenAdd_slidesTheWindow() {
    // window 2, 4, 7, 11, −50: pairs (2,4), (4,7), (7,11), (11,−50); z̄ = 24/4 = 6,
    // ȳ = −28/4 = −7; Szz = 4²+2²+1²+5² = 46, Syy = 11²+14²+18²+43² = 2490,
    // Szy = (−4)(11)+(−2)(14)+(1)(18)+(5)(−43) = −269
    PairMoments pm = new PairMoments();
    pm.exact(X, 1, 5);
    pm.remove(1, 2);
    pm.add(11, -50);
    assertMoments(pm, 4, 6, -7, 46, -269, 2490);
    PairMoments exact = new PairMoments();
    exact.exact(X, 2, 6);
    assertMoments(exact, 4, 6, -7, 46, -269, 2490);
  }
}
