package dev.fundingkit.stats.ou;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

/**
 * The exact OU likelihood for arbitrary steps (ou.md §2.4), profiled to one dimension: for a
 * fixed θ, μ̂(θ) and σ̂²(θ) are closed form, and {@code −ℓp(θ)} is minimised over
 * {@code u = ln θ ∈ [ln(1e-6/T), ln(50/Δmin)]} with Brent's method, started from the best
 * point of a coarse grid so a boundary optimum is recognised as such. The data are
 * standardised first (θ is scale-free; μ and σ are mapped back).
 *
 * <p>Holds work arrays: not thread-safe; one instance per fit.
 */
final class ProfileMle {

  private static final int GRID = 40;

  private final double[] d;
  private final double[] xs;
  private final double loc;
  private final double scale;
  private final int n;
  private final double span;
  private final double minStep;
  private final double[] phiW;
  private final double[] aW;
  private final double[] wW;

  /**
   * @param t strictly increasing times in the fit's unit
   * @param x values, not constant
   */
  ProfileMle(double[] t, double[] x) {
    n = t.length - 1;
    d = new double[n];
    double dmin = Double.POSITIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      d[i] = t[i + 1] - t[i];
      dmin = Math.min(dmin, d[i]);
    }
    minStep = dmin;
    span = t[n] - t[0];
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    loc = sum / x.length;
    double ss = 0;
    for (double v : x) {
      ss += (v - loc) * (v - loc);
    }
    scale = Math.sqrt(ss / x.length);
    xs = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      xs[i] = (x[i] - loc) / scale;
    }
    phiW = new double[n];
    aW = new double[n];
    wW = new double[n];
  }

  /** −ℓp at θ in standardised units; fills the work arrays; returns {nll, μ̂, σ̂²}. */
  private double[] profile(double theta) {
    double num = 0;
    double den = 0;
    double sumLogW = 0;
    for (int i = 0; i < n; i++) {
      double a = -Math.expm1(-theta * d[i]);
      double w = -Math.expm1(-2 * theta * d[i]) / (2 * theta);
      phiW[i] = 1 - a;
      aW[i] = a;
      wW[i] = w;
      num += (xs[i + 1] - phiW[i] * xs[i]) * a / w;
      den += a * a / w;
      sumLogW += Math.log(w);
    }
    double mu = num / den;
    double s = 0;
    for (int i = 0; i < n; i++) {
      double r = xs[i + 1] - mu - (xs[i] - mu) * phiW[i];
      s += r * r / wW[i];
    }
    double s2 = s / n;
    double nll = 0.5 * (n * Math.log(2 * Math.PI * s2) + sumLogW + n);
    return new double[] {nll, mu, s2};
  }

  double negLogProfile(double u) {
    return profile(Math.exp(u))[0];
  }

  /** The full −ℓ(θ, μ, σ) in standardised units. */
  private double negLogLik(double theta, double mu, double sigma) {
    double s2 = sigma * sigma;
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double phi = Math.exp(-theta * d[i]);
      double w = -Math.expm1(-2 * theta * d[i]) / (2 * theta);
      double r = xs[i + 1] - mu - (xs[i] - mu) * phi;
      double v = s2 * w;
      sum += Math.log(2 * Math.PI * v) + r * r / v;
    }
    return 0.5 * sum;
  }

  private double lowerU() {
    return Math.log(1e-6 / span);
  }

  private double upperU() {
    return Math.log(50.0 / minStep);
  }

  /** The profile maximiser: {u, −ℓp(u)}. */
  double[] optimum() {
    double lo = lowerU();
    double hi = upperU();
    int best = 0;
    double bestValue = Double.POSITIVE_INFINITY;
    for (int k = 0; k < GRID; k++) {
      double v = negLogProfile(lo + k * (hi - lo) / (GRID - 1));
      if (v < bestValue) {
        bestValue = v;
        best = k;
      }
    }
    double a = lo + Math.max(best - 1, 0) * (hi - lo) / (GRID - 1);
    double b = lo + Math.min(best + 1, GRID - 1) * (hi - lo) / (GRID - 1);
    double start = lo + best * (hi - lo) / (GRID - 1);
    UnivariatePointValuePair p = new BrentOptimizer(1e-12, 1e-14).optimize(
        new MaxEval(1000), new UnivariateObjectiveFunction(this::negLogProfile),
        GoalType.MINIMIZE, new SearchInterval(a, b, start));
    double u = p.getPoint();
    // Near its optimum −ℓp is flat to double precision over ~1e-7 in u, which limits any
    // search on values; the score's sign change pins the root to ~1e-14 instead.
    if (best > 0 && best < GRID - 1 && score(a) < 0 && score(b) > 0) {
      u = new BrentSolver(1e-15, 1e-15).solve(1000, this::score, a, b, u);
    }
    return new double[] {u, negLogProfile(u)};
  }

  /**
   * d(−ℓp)/d(ln θ): by the envelope theorem the partial derivative of −ℓ at (μ̂(θ), σ̂²(θ)),
   * with {@code ∂r/∂θ = (x[i−1] − μ)Δφ} and {@code ∂w/∂θ = (Δφ² − w)/θ}.
   */
  double score(double u) {
    double theta = Math.exp(u);
    double[] at = profile(theta);
    double mu = at[1];
    double s2 = at[2];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double phi = phiW[i];
      double w = wW[i];
      double dw = (d[i] * phi * phi - w) / theta;
      double r = xs[i + 1] - mu - (xs[i] - mu) * phi;
      double dr = (xs[i] - mu) * d[i] * phi;
      sum += dw / w + (2 * r * dr - r * r * dw / w) / (s2 * w);
    }
    return 0.5 * sum * theta;
  }

  /** θ̂ only (the bootstrap refit). */
  double thetaHat() {
    return Math.exp(optimum()[0]);
  }

  MleEstimate fit() {
    double[] opt = optimum();
    double theta = Math.exp(opt[0]);
    double meanStep = span / n;
    if (theta * minStep > 7) {
      return MleEstimate.boundary(OuEstimator.PROFILE_LIKELIHOOD, MleEstimate.Status.TOO_FAST,
          Math.exp(-theta * meanStep));
    }
    if (theta * span < 1e-3) {
      return MleEstimate.boundary(OuEstimator.PROFILE_LIKELIHOOD,
          MleEstimate.Status.UNIT_ROOT, 1.0);
    }
    double[] at = profile(theta);
    double muS = at[1];
    double sigmaS = Math.sqrt(at[2]);
    double[] se = standardErrors(theta, muS, sigmaS);
    ConfidenceInterval ci = interval(opt[0], opt[1]);
    return new MleEstimate(OuEstimator.PROFILE_LIKELIHOOD, MleEstimate.Status.INTERIOR,
        Math.exp(-theta * meanStep), theta, loc + scale * muS, scale * sigmaS,
        se[0], se[1], se[2], ci);
  }

  /**
   * Observed information: central-difference Hessian (step 1e-4) of −ℓ in
   * (ln θ, μ, ln σ), inverted and mapped by the delta method. NaN if not positive definite.
   */
  private double[] standardErrors(double theta, double muS, double sigmaS) {
    double[] p = {Math.log(theta), muS, Math.log(sigmaS)};
    double h = 1e-4;
    double[][] hess = new double[3][3];
    double f0 = f(p, 0, 0, 0, 0);
    for (int i = 0; i < 3; i++) {
      for (int j = i; j < 3; j++) {
        if (i == j) {
          hess[i][i] = (f(p, i, h, i, 0) - 2 * f0 + f(p, i, -h, i, 0)) / (h * h);
        } else {
          hess[i][j] = (f(p, i, h, j, h) - f(p, i, h, j, -h) - f(p, i, -h, j, h)
              + f(p, i, -h, j, -h)) / (4 * h * h);
          hess[j][i] = hess[i][j];
        }
      }
    }
    double nan = Double.NaN;
    LUDecomposition lu = new LUDecomposition(new Array2DRowRealMatrix(hess, false));
    if (!lu.getSolver().isNonSingular()) {
      return new double[] {nan, nan, nan};
    }
    RealMatrix cov = lu.getSolver().getInverse();
    double[] jac = {theta, scale, sigmaS * scale};
    double[] se = new double[3];
    for (int i = 0; i < 3; i++) {
      double var = cov.getEntry(i, i);
      se[i] = var > 0 ? jac[i] * Math.sqrt(var) : nan;
    }
    return se;
  }

  private double f(double[] p, int i, double di, int j, double dj) {
    double[] q = p.clone();
    q[i] += di;
    q[j] += dj;
    return negLogLik(Math.exp(q[0]), q[1], Math.exp(q[2]));
  }

  /** {θ : 2(−ℓp(θ) − min) ≤ χ²}: two Brent root finds in ln θ; 0 or ∞ past the search range. */
  private ConfidenceInterval interval(double uHat, double minValue) {
    BrentSolver solver = new BrentSolver(1e-14, 1e-12);
    double lo = lowerU();
    double hi = upperU();
    org.apache.commons.math3.analysis.UnivariateFunction target =
        u -> 2 * (negLogProfile(u) - minValue) - MleEstimate.CHI2_95;
    double thetaLo = 0.0;
    if (target.value(lo) > 0) {
      thetaLo = Math.exp(solver.solve(1000, target, lo, uHat));
    }
    double thetaHi = Double.POSITIVE_INFINITY;
    if (target.value(hi) > 0) {
      thetaHi = Math.exp(solver.solve(1000, target, uHat, hi));
    }
    return new ConfidenceInterval(thetaLo, thetaHi);
  }
}
