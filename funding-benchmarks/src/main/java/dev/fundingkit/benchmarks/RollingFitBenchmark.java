package dev.fundingkit.benchmarks;

import dev.fundingkit.stats.ou.OuRollingFit;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rolling OU fits ({@link OuRollingFit#over}) over 10^6 eight-hourly rates with windows of 90
 * and 540 settlements, beside what a plain-Java user would write for the same job: sliding
 * sums (the AR(1) sums updated in O(1) per step) and the closed-form μ, φ and residual σ per
 * window, written into three output arrays of the windows' length (reused, so the baseline
 * pays no allocation). Until issue 16's second pass the baseline wrote φ alone; that
 * narrower loop is kept as {@code rollingFitPhiOnly_baseline} (unpaired) for comparison.
 * {@code rollingFitFresh} pairs the fit with the same loop returning fresh arrays, as the fit
 * does, and {@code rollingFitStorage_baseline} (unpaired) measures allocating and writing the
 * fit's four result arrays alone.
 * Uses only funding-stats' public API; kept in its own class so it can follow that API.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class RollingFitBenchmark {

  /** Observations. */
  @Param("1000000")
  public int n;

  /** Observations per window. */
  @Param({"90", "540"})
  public int window;

  private double[] values;
  private double[] phis;
  private double[] mus;
  private double[] sigmas;
  private final Duration step = Duration.ofHours(8);

  /** Generates the path once per trial. */
  @Setup
  public void setUp() {
    values = BenchData.funding(n).rates;
    phis = new double[n - window + 1];
    mus = new double[n - window + 1];
    sigmas = new double[n - window + 1];
  }

  /**
   * Every window's fit.
   *
   * @return the fits
   */
  @Benchmark
  public OuRollingFit rollingFit_fundingkit() {
    return OuRollingFit.over(values, step, window);
  }

  /**
   * Baseline: sliding sums of the window's transitions and, per window, the closed-form
   * AR(1) estimates φ = Szy/Szz, μ = (ȳ − φ z̄)/(1 − φ) and the residual σ = √(rss/n).
   *
   * @return the φ per window (reused array; μ and σ are written beside it)
   */
  @Benchmark
  public double[] rollingFit_baseline() {
    return slidingClosedForm(phis, mus, sigmas);
  }

  /**
   * The library's fit again, paired with the baseline that returns fresh arrays as the fit
   * does.
   *
   * @return the fits
   */
  @Benchmark
  public OuRollingFit rollingFitFresh_fundingkit() {
    return OuRollingFit.over(values, step, window);
  }

  /**
   * The baseline's loop writing into three arrays it allocates per call, as a function
   * returning its results must (the JVM zeroes them first): what the fit's own result arrays
   * cost beside the reused ones.
   *
   * @return the φ per window (μ and σ are written into arrays of their own)
   */
  @Benchmark
  public double[] rollingFitFresh_baseline() {
    int w = n - window + 1;
    return slidingClosedForm(new double[w], new double[w], new double[w]);
  }

  /**
   * Unpaired: allocating the fit's four result arrays and writing each element once, with
   * no fitting at all: the memory traffic the fit's results cost by themselves.
   *
   * @return the four arrays
   */
  @Benchmark
  public double[][] rollingFitStorage_baseline() {
    int w = n - window + 1;
    double[] a = new double[w];
    double[] b = new double[w];
    double[] c = new double[w];
    double[] d = new double[w];
    for (int k = 0; k < w; k++) {
      double v = values[k];
      a[k] = v;
      b[k] = v;
      c[k] = v;
      d[k] = v;
    }
    return new double[][] {a, b, c, d};
  }

  private double[] slidingClosedForm(double[] phis, double[] mus, double[] sigmas) {
    int t = window - 1; // transitions per window
    double inv = 1.0 / t;
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    double syy = 0;
    for (int i = 0; i < t; i++) {
      double x = values[i];
      double y = values[i + 1];
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
      syy += y * y;
    }
    for (int w = 0; w < phis.length; w++) {
      if (w > 0) {
        double xo = values[w - 1];
        double yo = values[w];
        double xn = values[w + t - 1];
        double yn = values[w + t];
        sx += xn - xo;
        sy += yn - yo;
        sxx += xn * xn - xo * xo;
        sxy += xn * yn - xo * yo;
        syy += yn * yn - yo * yo;
      }
      double zm = sx * inv;
      double ym = sy * inv;
      double szz = sxx - sx * zm;
      double szy = sxy - sx * ym;
      double p = szy / szz;
      phis[w] = p;
      mus[w] = (ym - p * zm) / (1 - p);
      sigmas[w] = Math.sqrt((syy - sy * ym - p * szy) * inv);
    }
    return phis;
  }

  /**
   * The baseline before issue 16's second pass, unpaired: sliding sums and φ alone per
   * window.
   *
   * @return the φ per window (reused array)
   */
  @Benchmark
  public double[] rollingFitPhiOnly_baseline() {
    int t = window - 1; // transitions per window
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < t; i++) {
      double x = values[i];
      double y = values[i + 1];
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
    }
    phis[0] = (sxy - sx * sy / t) / (sxx - sx * sx / t);
    for (int w = 1; w < phis.length; w++) {
      double xo = values[w - 1];
      double yo = values[w];
      double xn = values[w + t - 1];
      double yn = values[w + t];
      sx += xn - xo;
      sy += yn - yo;
      sxx += xn * xn - xo * xo;
      sxy += xn * yn - xo * yo;
      phis[w] = (sxy - sx * sy / t) / (sxx - sx * sx / t);
    }
    return phis;
  }
}
