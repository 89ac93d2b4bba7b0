package dev.fundingkit.benchmarks;

import dev.fundingkit.core.premium.AveragingScheme;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Averaging one Binance window of 5,760 five-second premium samples with linear weights
 * (the bulk form), beside a plain weighted-sum loop.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class AveragingBenchmark {

  private double[] premiums;

  /** Generates the window once per trial. */
  @Setup
  public void setUp() {
    premiums = BenchData.premiums(5_760);
  }

  /**
   * The library's linear-weight average.
   *
   * @return the average premium
   */
  @Benchmark
  public double averagingLinear_fundingkit() {
    return AveragingScheme.LINEAR_WEIGHTS.average(premiums, 0, premiums.length);
  }

  /**
   * Baseline: {@code Σ i·P_i / Σ i}.
   *
   * @return the average premium
   */
  @Benchmark
  public double averagingLinear_baseline() {
    double num = 0;
    double den = 0;
    for (int i = 0; i < premiums.length; i++) {
      num += (i + 1) * premiums[i];
      den += i + 1;
    }
    return num / den;
  }
}
