package dev.fundingkit.benchmarks;

import dev.fundingkit.stats.ou.OuFit;
import dev.fundingkit.stats.ou.OuFitter;
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
 * The regular OU fit with every default (closed-form MLE, Tang–Chen, profile interval, DF τ)
 * over 10^6 eight-hourly rates, beside one raw-sums pass (the five sums of the AR(1) closed
 * form). Uses only funding-stats' public API ({@link OuFitter#fitRegular}); kept in its own
 * class so it can follow that API.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class RegularFitBenchmark {

  /** Observations. */
  @Param("1000000")
  public int n;

  private double[] values;
  private final Duration step = Duration.ofHours(8);
  private final OuFitter fitter = OuFitter.defaults();

  /** Generates the path once per trial. */
  @Setup
  public void setUp() {
    values = BenchData.funding(n).rates;
  }

  /**
   * The full default fit.
   *
   * @return the fit
   */
  @Benchmark
  public OuFit regularFit_fundingkit() {
    return fitter.fitRegular(values, step);
  }

  /**
   * Baseline: one pass of raw sums and the AR(1) closed form (φ, c, residual variance).
   *
   * @return φ plus the residual variance (so nothing is dead code)
   */
  @Benchmark
  public double regularFit_baseline() {
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    double syy = 0;
    int m = values.length - 1;
    for (int i = 0; i < m; i++) {
      double x = values[i];
      double y = values[i + 1];
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
      syy += y * y;
    }
    double cxx = sxx - sx * sx / m;
    double cxy = sxy - sx * sy / m;
    double cyy = syy - sy * sy / m;
    double phi = cxy / cxx;
    double resid = (cyy - phi * cxy) / m;
    return phi + resid;
  }
}
