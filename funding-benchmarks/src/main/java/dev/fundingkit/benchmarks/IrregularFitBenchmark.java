package dev.fundingkit.benchmarks;

import dev.fundingkit.stats.ou.OuFit;
import dev.fundingkit.stats.ou.OuFitter;
import java.time.Duration;
import java.util.Random;
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
 * The irregular OU fit ({@link OuFitter#fitAt}, every default) on the funding path with its
 * missing settlements, beside ONE plain-loop evaluation of the exact-discretisation profile
 * log-likelihood at one θ: the ratio is the fit's cost in profile-evaluation equivalents
 * (issue 16's target ≤ 15). Times in hours. Uses only funding-stats' public API; kept in its
 * own class so it can follow that API. Default 10^5 points (the scipy reference size).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class IrregularFitBenchmark {

  /** Observations. */
  @Param("100000")
  public int n;

  /**
   * The times: {@code settlements} are the path's own (whole 8 h steps with missing
   * settlements, so few distinct step lengths), {@code jittered} moves each by up to ±1 minute
   * (seeded), as recorded settlement times drift, so nearly every step length is distinct.
   */
  @Param({"settlements", "jittered"})
  public String times;

  private double[] hours;
  private double[] values;
  private final Duration interval = Duration.ofHours(8);
  private final OuFitter fitter = OuFitter.defaults();

  /** Generates the path once per trial. */
  @Setup
  public void setUp() {
    BenchData d = BenchData.funding(n);
    values = d.rates;
    hours = new double[n];
    for (int i = 0; i < n; i++) {
      hours[i] = (d.times[i] - d.times[0]) / 3_600_000.0;
    }
    if (times.equals("jittered")) {
      Random jitter = new Random(16);
      for (int i = 1; i < n; i++) {
        hours[i] += (jitter.nextDouble() - 0.5) / 30;  // ±1 minute, steps stay ≈ 8 h
      }
    }
  }

  /**
   * The full default fit at the real times.
   *
   * @return the fit
   */
  @Benchmark
  public OuFit irregularFit_fundingkit() {
    return fitter.fitAt(hours, values, interval);
  }

  /**
   * Baseline: the profile log-likelihood at θ = 0.028 per hour (near the truth), μ from its
   * weighted closed form and σ² from the normalised residuals, in two passes.
   *
   * @return the profile log-likelihood
   */
  @Benchmark
  public double irregularFit_baseline() {
    double theta = 0.028;
    int m = values.length - 1;
    double swa = 0;
    double sw = 0;
    for (int i = 0; i < m; i++) {
      double phi = Math.exp(-theta * (hours[i + 1] - hours[i]));
      // Weighted least squares for μ: weight (1 − φ)/v ∝ 1/(1 + φ) since v ∝ 1 − φ².
      double a = 1 / (1 + phi);
      swa += a * (values[i + 1] - phi * values[i]);
      sw += a * (1 - phi);
    }
    double mu = swa / sw;
    double ss = 0;
    double logv = 0;
    for (int i = 0; i < m; i++) {
      double phi = Math.exp(-theta * (hours[i + 1] - hours[i]));
      double v = -Math.expm1(-2 * theta * (hours[i + 1] - hours[i])) / (2 * theta);
      double e = values[i + 1] - mu - phi * (values[i] - mu);
      ss += e * e / v;
      logv += Math.log(v);
    }
    double sigma2 = ss / m;
    return -0.5 * (m * Math.log(sigma2) + logv + m);
  }
}
