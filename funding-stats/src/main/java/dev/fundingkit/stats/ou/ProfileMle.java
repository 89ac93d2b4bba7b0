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
 * <p><b>Grouped by step.</b> Every per-transition term depends on the step d only through
 * φ = e^(−θd) and w, and on the data only through sums that are quadratic in (x[i−1], x[i]).
 * So when the series has at most {@value #MAX_GROUPS} distinct step lengths (a funding series
 * with missed settlements has a handful: 8 h, 16 h, ...), one pass collects per distinct step
 * the count and Σx, Σy, Σx², Σ(y − x)², Σ(y − x)x of the standardised values (x the earlier, y
 * the later value), and the profile, its score and the Hessian are then O(steps) each instead
 * of O(n) with an exp, expm1 and log per point: the grid, the Brent search, the score root and
 * the interval's root finds cost next to nothing beside that one pass. The squared residual
 * is summed as {@code Σ(y − x)² + 2a·Σ(y − x)(x − μ) + a²·Σ(x − μ)²} with {@code a = 1 − φ}, which
 * has no cancellation when φ → 1 (and little when φ → 0). Series with more distinct steps
 * (jittered timestamps) take the per-transition route.
 *
 * <p><b>Per transition, started from a binned model.</b> On that route a pass over the data
 * costs an {@code expm1} per point, so the grid, the value search and the interval's root
 * finds (≈ 120 passes) would dominate. Instead the steps are rounded to multiples of a power
 * of two near {@code Δmin/256} (coarser if needed) so that the same data fall into at most
 * {@value #MAX_GROUPS} groups, and that grouped model does the whole-range search and the
 * interval's brackets at O(groups) a step. Its answers, within a fraction of a percent, only
 * start this model's own search: a secant on the exact score for θ̂ and Newton steps (with
 * the exact score as the derivative) for each end of the interval, a few passes each. Where
 * the binned model's optimum lies within one grid cell of the search range's ends, or a
 * polishing step leaves its bracket or does not converge, the full search runs instead.
 *
 * <p>Holds work arrays: not thread-safe; one instance per fit.
 */
final class ProfileMle {

  private static final int GRID = 40;
  /** How many consecutive w share one log on the per-transition route. */
  private static final int LOG_BLOCK = 16;
  /** Beyond this many distinct steps the per-transition route is used. */
  static final int MAX_GROUPS = 64;

  private final double[] t;
  private final double[] x;
  private final double loc;
  private final double scale;
  private final int n;
  private final double span;
  private final double minStep;
  /** Number of distinct steps, or 0 on the per-transition route. */
  private final int groups;
  private final double[] gStep;
  private final double[] gN;
  private final double[] gSx;
  private final double[] gSy;
  private final double[] gSxx;
  private final double[] gD;
  private final double[] gDx;
  // per-transition route only
  private double[] d;
  private double[] xs;
  private double[] phiW;
  private double[] aW;
  private double[] wW;
  /** The binned grouped model of this data (per-transition route only), made on first use;
   * {@link #approximation} gives it, null when binning gives too many groups. */
  private ProfileMle binned;
  private boolean binnedTried;
  /** The binned model's {@link #optimum}, searched once for θ̂ and the interval. */
  private double[] binnedOptimum;
  /** False forces the full search on the per-transition route (tests compare both). */
  private final boolean polish;
  /** Whether the last {@link #optimum} came from the binned start and the secant. */
  private boolean lastPolished;
  /** Passes over the data on the per-transition route so far (each an expm1 per point). */
  private int passes;

  /**
   * @param t strictly increasing times in the fit's unit
   * @param x values, not constant
   */
  ProfileMle(double[] t, double[] x) {
    this(t, x, true, true);
  }

  /** With {@code grouped} false the per-transition route is forced (tests compare both). */
  ProfileMle(double[] t, double[] x, boolean grouped) {
    this(t, x, grouped, true);
  }

  /**
   * With {@code polish} false the per-transition route searches the whole range itself
   * rather than starting from the binned model (tests compare both).
   */
  ProfileMle(double[] t, double[] x, boolean grouped, boolean polish) {
    this.polish = polish;
    this.t = t;
    this.x = x;
    n = t.length - 1;
    span = t[n] - t[0];
    // PIT: equivalent mutants (Math on loc and scale, here to the sqrt): any location and
    // positive scale standardise; the fit is equivariant and maps back by loc + scale·μ̂
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
    double[] step = new double[MAX_GROUPS];
    double[] cnt = new double[MAX_GROUPS];
    double[] sx = new double[MAX_GROUPS];
    double[] sy = new double[MAX_GROUPS];
    double[] sxx = new double[MAX_GROUPS];
    double[] dd = new double[MAX_GROUPS];
    double[] dx = new double[MAX_GROUPS];
    int k = grouped ? collect(step, cnt, sx, sy, sxx, dd, dx) : -1;
    if (k > 0) {
      groups = k;
      double dmin = Double.POSITIVE_INFINITY;
      for (int g = 0; g < k; g++) {
        dmin = Math.min(dmin, step[g]);
      }
      minStep = dmin;
      gStep = step;
      gN = cnt;
      gSx = sx;
      gSy = sy;
      gSxx = sxx;
      gD = dd;
      gDx = dx;
    } else {
      groups = 0;
      gStep = gN = gSx = gSy = gSxx = gD = gDx = null;
      pointwise();
      double dmin = Double.POSITIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        dmin = Math.min(dmin, d[i]);
      }
      minStep = dmin;
    }
  }

  /**
   * One pass: the group sums per distinct step, run by run (a run of equal steps is summed in
   * registers and added to its group when the step changes). Returns the number of groups, or
   * −1 when there are more than {@link #MAX_GROUPS}.
   */
  private int collect(double[] step, double[] cnt, double[] sx, double[] sy, double[] sxx,
      double[] dd, double[] dx) {
    int k = 0;
    int g = -1;
    double cur = Double.NaN;
    double rn = 0;
    double rsx = 0;
    double rsy = 0;
    double rsxx = 0;
    double rdd = 0;
    double rdx = 0;
    double prev = (x[0] - loc) / scale;
    for (int i = 0; i < n; i++) {
      double di = t[i + 1] - t[i];
      double next = (x[i + 1] - loc) / scale;
      if (di != cur) {
        if (g >= 0) {
          cnt[g] += rn;
          sx[g] += rsx;
          sy[g] += rsy;
          sxx[g] += rsxx;
          dd[g] += rdd;
          dx[g] += rdx;
        }
        rn = rsx = rsy = rsxx = rdd = rdx = 0;
        g = -1;
        for (int j = 0; j < k; j++) {
          if (step[j] == di) {
            g = j;
            break;
          }
        }
        if (g < 0) {
          if (k == MAX_GROUPS) {
            return -1;
          }
          g = k++;
          step[g] = di;
        }
        cur = di;
      }
      double diff = next - prev;
      rn += 1;
      rsx += prev;
      rsy += next;
      rsxx += prev * prev;
      rdd += diff * diff;
      rdx += diff * prev;
      prev = next;
    }
    cnt[g] += rn;
    sx[g] += rsx;
    sy[g] += rsy;
    sxx[g] += rsxx;
    dd[g] += rdd;
    dx[g] += rdx;
    return k;
  }

  /** The per-transition route's arrays. */
  private void pointwise() {
    d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = t[i + 1] - t[i];
    }
    xs = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      xs[i] = (x[i] - loc) / scale;
    }
    phiW = new double[n];
    aW = new double[n];
    wW = new double[n];
  }

  /** Whether the sums are grouped by step (false: per transition). */
  boolean grouped() {
    return groups > 0;
  }

  /** −ℓp at θ, standardised units, from the group sums: {nll, μ̂, σ̂²}. */
  private double[] profileGrouped(double theta) {
    double num = 0;
    double den = 0;
    double sumLogW = 0;
    for (int g = 0; g < groups; g++) {
      double a = -Math.expm1(-theta * gStep[g]);
      double w = -Math.expm1(-2 * theta * gStep[g]) / (2 * theta);
      // Σ(y − φx) = Σ(y − x) + a·Σx
      num += ((gSy[g] - gSx[g]) + a * gSx[g]) * a / w;
      den += a * a * gN[g] / w;
      sumLogW += gN[g] * Math.log(w);
    }
    double mu = num / den;
    double s = 0;
    for (int g = 0; g < groups; g++) {
      double a = -Math.expm1(-theta * gStep[g]);
      double w = -Math.expm1(-2 * theta * gStep[g]) / (2 * theta);
      s += residualSquares(g, a, mu) / w;
    }
    double s2 = s / n;
    double nll = 0.5 * (n * Math.log(2 * Math.PI * s2) + sumLogW + n);
    return new double[] {nll, mu, s2};
  }

  /** Σ(x − μ)² over group g. */
  private double devSquares(int g, double mu) {
    return gSxx[g] - 2 * mu * gSx[g] + mu * mu * gN[g];
  }

  /** Σ(y − x)(x − μ) over group g. */
  private double diffDev(int g, double mu) {
    return gDx[g] - mu * (gSy[g] - gSx[g]);
  }

  /** Σr², r = y − μ − (x − μ)φ = (y − x) + a(x − μ), over group g. */
  private double residualSquares(int g, double a, double mu) {
    return gD[g] + 2 * a * diffDev(g, mu) + a * a * devSquares(g, mu);
  }

  /** −ℓp at θ in standardised units: {nll, μ̂, σ̂²}. */
  private double[] profile(double theta) {
    return groups > 0 ? profileGrouped(theta) : profilePointwise(theta);
  }

  /** −ℓp per transition; fills the work arrays; returns {nll, μ̂, σ̂²}. */
  private double[] profilePointwise(double theta) {
    passes++;
    double num = 0;
    double den = 0;
    double sumLogW = 0;
    // One expm1 per point: 1 − φ² = a(2 − a). The logs of w are taken of products of
    // LOG_BLOCK consecutive w, a log a block, unless a product leaves the normal range.
    double block = 1;
    int start = 0;
    for (int i = 0; i < n; i++) {
      double a = -Math.expm1(-theta * d[i]);
      double w = a * (2 - a) / (2 * theta);
      phiW[i] = 1 - a;
      aW[i] = a;
      wW[i] = w;
      num += (xs[i + 1] - phiW[i] * xs[i]) * a / w;
      den += a * a / w;
      block *= w;
      if (i - start == LOG_BLOCK - 1 || i == n - 1) {
        sumLogW += logOfProduct(block, start, i + 1);
        block = 1;
        start = i + 1;
      }
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

  /** ln(w[from] ⋯ w[to − 1]) given their product, summing the logs where it over- or
   * underflowed. */
  private double logOfProduct(double product, int from, int to) {
    if (product >= Double.MIN_NORMAL && product <= Double.MAX_VALUE) {
      return Math.log(product);
    }
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += Math.log(wW[i]);
    }
    return sum;
  }

  double negLogProfile(double u) {
    return profile(Math.exp(u))[0];
  }

  private double lowerU() {
    return Math.log(1e-6 / span);
  }

  private double upperU() {
    return Math.log(50.0 / minStep);
  }

  /** The profile maximiser: {u, −ℓp(u)}. */
  double[] optimum() {
    double[] polished = groups == 0 && polish ? polishedOptimum() : null;
    lastPolished = polished != null;
    return polished != null ? polished : searchedOptimum();
  }

  /** Whether the last {@link #optimum} was polished from the binned model's. */
  boolean polished() {
    return lastPolished;
  }

  /** How many profile passes over the data the per-transition route has made. */
  int passes() {
    return passes;
  }

  /** {@link #optimum} by the grid, the value search and the score root. */
  double[] searchedOptimum() {
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
    return nllAndScore(u)[1];
  }

  /** {−ℓp(u), d(−ℓp)/du} from one profile evaluation. */
  private double[] nllAndScore(double u) {
    double theta = Math.exp(u);
    double[] at = profile(theta);
    double mu = at[1];
    double s2 = at[2];
    double sum = 0;
    if (groups > 0) {
      for (int g = 0; g < groups; g++) {
        double di = gStep[g];
        double a = -Math.expm1(-theta * di);
        double phi = 1 - a;
        double w = -Math.expm1(-2 * theta * di) / (2 * theta);
        double dw = (di * phi * phi - w) / theta;
        // Σ r·(x − μ) = Σ(y − x)(x − μ) + a·Σ(x − μ)²
        double rDev = diffDev(g, mu) + a * devSquares(g, mu);
        sum += gN[g] * dw / w
            + (2 * di * phi * rDev - residualSquares(g, a, mu) * dw / w) / (s2 * w);
      }
      return new double[] {at[0], 0.5 * sum * theta};
    }
    for (int i = 0; i < n; i++) {
      double phi = phiW[i];
      double w = wW[i];
      double dw = (d[i] * phi * phi - w) / theta;
      double r = xs[i + 1] - mu - (xs[i] - mu) * phi;
      double dr = (xs[i] - mu) * d[i] * phi;
      sum += dw / w + (2 * r * dr - r * r * dw / w) / (s2 * w);
    }
    return new double[] {at[0], 0.5 * sum * theta};
  }

  /**
   * The binned grouped model of this data, or null when even the coarsest binning tried has
   * more than {@link #MAX_GROUPS} distinct steps (per-transition route only). The bin is a
   * power of two so that the binned times, integer multiples of it, have exact differences.
   */
  private ProfileMle approximation() {
    if (!binnedTried) {
      binnedTried = true;
      int base = Math.getExponent(minStep / 256);
      for (int coarser = 0; coarser <= 4 && binned == null; coarser += 2) {
        double q = Math.scalb(1.0, base + coarser);
        double[] tb = new double[t.length];
        long k = 0;
        for (int i = 0; i < n; i++) {
          k += Math.max(1, Math.round(d[i] / q));
          tb[i + 1] = k * q;
        }
        ProfileMle m = new ProfileMle(tb, x, true, false);
        binned = m.grouped() ? m : null;
      }
      binnedOptimum = binned == null ? null : binned.optimum();
    }
    return binned;
  }

  /**
   * θ̂ by a secant on the exact score from the binned model's optimum, or null when the
   * binned model is absent, its optimum is within a grid cell of the range's ends, or the
   * secant leaves the range or does not settle in 12 steps.
   */
  private double[] polishedOptimum() {
    ProfileMle approx = approximation();
    if (approx == null) {
      return null;
    }
    double lo = lowerU();
    double hi = upperU();
    double cell = (hi - lo) / (GRID - 1);
    double u0 = binnedOptimum[0];
    if (!(u0 > lo + cell && u0 < hi - cell)) {
      return null;
    }
    // The binned score's slope at its root: the first step is a Newton step.
    double h = 1e-4;
    double slope = (approx.score(u0 + h) - approx.score(u0 - h)) / (2 * h);
    if (!(slope > 0)) {
      return null;
    }
    double[] at0 = nllAndScore(u0);
    double s0 = at0[1];
    double u1 = u0 - s0 / slope;
    double lastStep = Double.POSITIVE_INFINITY;
    for (int step = 0; step < 12; step++) {
      if (!(u1 > lo && u1 < hi)) {
        return null;
      }
      double[] at1 = nllAndScore(u1);
      double s1 = at1[1];
      double moved = Math.abs(u1 - u0);
      if (s1 == 0 || settled(moved, lastStep, u1, 4e-15)) {
        return new double[] {u1, at1[0]};
      }
      double next = s1 == s0 ? u1 : u1 - s1 * (u1 - u0) / (s1 - s0);
      u0 = u1;
      s0 = s1;
      u1 = next;
      lastStep = moved;
    }
    return null;
  }

  /**
   * Whether a root search has settled: its last step {@code moved} is within {@code tol}
   * (relative to {@code u}, at least absolute), or, below 1e-9, no longer halves the step
   * before it, which is where the rounding of a sum over every transition (−ℓp is of the
   * order of n) stops a quadratic or superlinear search from getting closer.
   */
  static boolean settled(double moved, double lastStep, double u, double tol) {
    return moved <= tol * Math.max(1, Math.abs(u)) || moved < 1e-9 && moved > lastStep / 2;
  }

  /**
   * The root of {@code 2(−ℓp(u) − minValue) − χ²} between {@code from} (exclusive) and
   * {@code to} by Newton steps from {@code start}, the exact score giving the derivative;
   * NaN when a step leaves the bracket or 20 steps do not {@link #settled settle} (1e-12).
   */
  double newtonEnd(double start, double from, double to, double minValue) {
    double lo = Math.min(from, to);
    double hi = Math.max(from, to);
    double u = start;
    double lastStep = Double.POSITIVE_INFINITY;
    for (int step = 0; step < 20; step++) {
      if (!(u > lo && u < hi)) {
        return Double.NaN;
      }
      double[] at = nllAndScore(u);
      double f = 2 * (at[0] - minValue) - MleEstimate.CHI2_95;
      double df = 2 * at[1];
      if (f == 0) {
        return u;
      }
      double next = u - f / df;
      double moved = Math.abs(next - u);
      if (settled(moved, lastStep, next, 1e-12)) {
        return next;
      }
      u = next;
      lastStep = moved;
    }
    return Double.NaN;
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
   * Observed information: the analytic Hessian of −ℓ in (θ, μ, s² = σ²) at the MLE, in
   * standardised units (see {@link #hessian}), inverted and mapped to (θ, μ, σ) by the delta
   * method. At the optimum the gradient vanishes, so this is the information the old
   * finite-difference Hessian in (ln θ, μ, ln σ) approximated (to ~1e-4 relative); now exact
   * to rounding. NaN if not positive definite.
   */
  private double[] standardErrors(double theta, double muS, double sigmaS) {
    double[][] hess = hessian(theta, muS, sigmaS * sigmaS);
    double nan = Double.NaN;
    LUDecomposition lu = new LUDecomposition(new Array2DRowRealMatrix(hess, false));
    if (!lu.getSolver().isNonSingular()) {
      return new double[] {nan, nan, nan};
    }
    RealMatrix cov = lu.getSolver().getInverse();
    double[] jac = {1.0, scale, scale / (2 * sigmaS)};
    double[] se = new double[3];
    for (int i = 0; i < 3; i++) {
      double var = cov.getEntry(i, i);
      se[i] = var > 0 ? jac[i] * Math.sqrt(var) : nan;
    }
    return se;
  }

  /**
   * The analytic Hessian of {@code −ℓ = ½Σ[ln 2π + ln s² + ln w + r²/(s²w)]} in (θ, μ, s²),
   * standardised units, with {@code φ = e^(−θd)}, {@code w = (1 − φ²)/(2θ)},
   * {@code r = y − μ − (x − μ)φ}: {@code w_θ = (dφ² − w)/θ}, {@code w_θθ = −2(d²φ² + w_θ)/θ},
   * {@code r_θ = (x − μ)dφ}, {@code r_θθ = −(x − μ)d²φ}, {@code r_μ = −(1 − φ)},
   * {@code r_μθ = −dφ}; with {@code q = r²/w} the entries follow by the chain rule.
   */
  double[][] hessian(double theta, double mu, double s2) {
    if (groups > 0) {
      return hessianGrouped(theta, mu, s2);
    }
    double hTT = 0;
    double hTM = 0;
    double hMM = 0;
    double hTS = 0;
    double hMS = 0;
    double hSS = 0;
    for (int i = 0; i < n; i++) {
      double di = d[i];
      double phi = Math.exp(-theta * di);
      double w = -Math.expm1(-2 * theta * di) / (2 * theta);
      double wT = (di * phi * phi - w) / theta;
      double wTT = -2 * (di * di * phi * phi + wT) / theta;
      double dev = xs[i] - mu;
      double r = xs[i + 1] - mu - dev * phi;
      double rT = dev * di * phi;
      double rTT = -dev * di * di * phi;
      double rM = -(1 - phi);
      double rMT = -di * phi;
      double q = r * r / w;
      double qT = 2 * r * rT / w - r * r * wT / (w * w);
      double qTT = 2 * (rT * rT + r * rTT) / w - 4 * r * rT * wT / (w * w)
          - r * r * wTT / (w * w) + 2 * r * r * wT * wT / (w * w * w);
      double qM = 2 * r * rM / w;
      double qMM = 2 * rM * rM / w;
      double qMT = 2 * (rT * rM + r * rMT) / w - 2 * r * rM * wT / (w * w);
      hTT += 0.5 * (wTT / w - wT * wT / (w * w) + qTT / s2);
      hTM += 0.5 * qMT / s2;
      hMM += 0.5 * qMM / s2;
      hTS += -0.5 * qT / (s2 * s2);
      hMS += -0.5 * qM / (s2 * s2);
      hSS += 0.5 * (-1 / (s2 * s2) + 2 * q / (s2 * s2 * s2));
    }
    return new double[][] {{hTT, hTM, hTS}, {hTM, hMM, hMS}, {hTS, hMS, hSS}};
  }

  /**
   * {@link #hessian} from the group sums: each per-transition term is a quadratic in
   * (r, x − μ) with coefficients fixed by the step, so its group sum needs only Σr², Σr,
   * Σr(x − μ), Σ(x − μ) and Σ(x − μ)².
   */
  private double[][] hessianGrouped(double theta, double mu, double s2) {
    double hTT = 0;
    double hTM = 0;
    double hMM = 0;
    double hTS = 0;
    double hMS = 0;
    double hSS = 0;
    for (int g = 0; g < groups; g++) {
      double di = gStep[g];
      double cnt = gN[g];
      double a = -Math.expm1(-theta * di);
      double phi = 1 - a;
      double w = -Math.expm1(-2 * theta * di) / (2 * theta);
      double wT = (di * phi * phi - w) / theta;
      double wTT = -2 * (di * di * phi * phi + wT) / theta;
      double dev2 = devSquares(g, mu);
      double devSum = gSx[g] - mu * cnt;
      double r2 = residualSquares(g, a, mu);
      double rDev = diffDev(g, mu) + a * dev2;
      double rSum = (gSy[g] - gSx[g]) + a * devSum;
      // rT = dev·dφ, rTT = −dev·d²φ, rM = −a, rMT = −dφ
      double sRrT = di * phi * rDev;
      double sRTrT = di * di * phi * phi * dev2;
      double sRrTT = -di * di * phi * rDev;
      double sRrM = -a * rSum;
      double sRTrM = -a * di * phi * devSum;
      double sRrMT = -di * phi * rSum;
      double q = r2 / w;
      double qT = 2 * sRrT / w - r2 * wT / (w * w);
      double qTT = 2 * (sRTrT + sRrTT) / w - 4 * sRrT * wT / (w * w)
          - r2 * wTT / (w * w) + 2 * r2 * wT * wT / (w * w * w);
      double qM = 2 * sRrM / w;
      double qMM = 2 * a * a * cnt / w;
      double qMT = 2 * (sRTrM + sRrMT) / w - 2 * sRrM * wT / (w * w);
      hTT += 0.5 * (cnt * (wTT / w - wT * wT / (w * w)) + qTT / s2);
      hTM += 0.5 * qMT / s2;
      hMM += 0.5 * qMM / s2;
      hTS += -0.5 * qT / (s2 * s2);
      hMS += -0.5 * qM / (s2 * s2);
      hSS += 0.5 * (-cnt / (s2 * s2) + 2 * q / (s2 * s2 * s2));
    }
    return new double[][] {{hTT, hTM, hTS}, {hTM, hMM, hMS}, {hTS, hMS, hSS}};
  }

  /** The standardised data and steps, for the golden test of {@link #hessian}. */
  double[] standardised() {
    if (xs == null) {
      pointwise();
    }
    return xs.clone();
  }

  double[] steps() {
    if (d == null) {
      pointwise();
    }
    return d.clone();
  }

  /** The MLE in standardised units: {θ, μ, s²}. */
  double[] mleStandardised() {
    double theta = Math.exp(optimum()[0]);
    double[] at = profile(theta);
    return new double[] {theta, at[1], at[2]};
  }

  /** {θ : 2(−ℓp(θ) − min) ≤ χ²}: two Brent root finds in ln θ; 0 or ∞ past the search range. */
  private ConfidenceInterval interval(double uHat, double minValue) {
    BrentSolver solver = new BrentSolver(1e-14, 1e-12);
    double lo = lowerU();
    double hi = upperU();
    org.apache.commons.math3.analysis.UnivariateFunction target =
        u -> 2 * (negLogProfile(u) - minValue) - MleEstimate.CHI2_95;
    // On the per-transition route the binned model's interval starts Newton steps; a side
    // they do not settle falls back to the root find.
    ConfidenceInterval start = null;
    if (groups == 0 && polish && approximation() != null) {
      start = binned.interval(binnedOptimum[0], binnedOptimum[1]);
    }
    double thetaLo = 0.0;
    if (target.value(lo) > 0) {
      double u = start != null && start.lower() > 0
          ? newtonEnd(Math.log(start.lower()), lo, uHat, minValue) : Double.NaN;
      thetaLo = Math.exp(Double.isNaN(u) ? solver.solve(1000, target, lo, uHat) : u);
    }
    double thetaHi = Double.POSITIVE_INFINITY;
    if (target.value(hi) > 0) {
      double u = start != null && Double.isFinite(start.upper())
          ? newtonEnd(Math.log(start.upper()), uHat, hi, minValue) : Double.NaN;
      thetaHi = Math.exp(Double.isNaN(u) ? solver.solve(1000, target, uHat, hi) : u);
    }
    return new ConfidenceInterval(thetaLo, thetaHi);
  }
}
