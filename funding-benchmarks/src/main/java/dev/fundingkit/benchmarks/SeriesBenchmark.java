package dev.fundingkit.benchmarks;

import dev.fundingkit.core.schedule.IntervalInference;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.series.IntervalSource;
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
 * The series spine: construction from arrays, per-hour normalisation, gap counting and
 * interval inference, each beside a plain loop over the same arrays doing the least the
 * library must do (copy and check; divide; compare spacings).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class SeriesBenchmark {

  /** Settlements in the series. */
  @Param("1000000")
  public int n;

  private long[] times;
  private double[] rates;
  private FundingSeries series;

  /** Generates the data once per trial. */
  @Setup
  public void setUp() {
    BenchData d = BenchData.funding(n);
    times = d.times;
    rates = d.rates;
    series = FundingSeries.of(times, rates, Duration.ofHours(8), IntervalSource.DECLARED);
  }

  /**
   * Builds a series with one declared interval.
   *
   * @return the series
   */
  @Benchmark
  public FundingSeries seriesOf_fundingkit() {
    return FundingSeries.of(times, rates, Duration.ofHours(8), IntervalSource.DECLARED);
  }

  /**
   * Baseline: copies the arrays and checks order and finiteness.
   *
   * @return the copied values
   */
  @Benchmark
  public double[] seriesOf_baseline() {
    long[] t = times.clone();
    double[] v = new double[rates.length];
    long[] iv = new long[t.length];
    for (int i = 0; i < v.length; i++) {
      double x = rates[i];
      if (!Double.isFinite(x) || (i > 0 && t[i] <= t[i - 1])) {
        throw new IllegalArgumentException("bad point " + i);
      }
      v[i] = x + 0.0;
      iv[i] = BenchData.EIGHT_HOURS_MS;
    }
    return v;
  }

  /**
   * Every rate per hour.
   *
   * @return the hourly values
   */
  @Benchmark
  public double[] perHour_fundingkit() {
    return series.valuesPer(Duration.ofHours(1));
  }

  /**
   * Baseline: divides every rate by eight.
   *
   * @return the hourly values
   */
  @Benchmark
  public double[] perHour_baseline() {
    double[] out = new double[rates.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = rates[i] * 1.0 / 8.0;
    }
    return out;
  }

  /**
   * Counts missing settlements.
   *
   * @return the count
   */
  @Benchmark
  public long gaps_fundingkit() {
    return series.missingSettlementCount();
  }

  /**
   * Baseline: counts spacings longer than one interval, divided by the interval.
   *
   * @return the count
   */
  @Benchmark
  public long gaps_baseline() {
    long missing = 0;
    for (int i = 1; i < times.length; i++) {
      missing += (times[i] - times[i - 1] + 60_000) / BenchData.EIGHT_HOURS_MS - 1;
    }
    return missing;
  }

  /**
   * Infers the intervals from the instants.
   *
   * @return the per-settlement intervals
   */
  @Benchmark
  public long[] intervalInference_fundingkit() {
    return IntervalInference.STANDARD.infer(times).intervalsMillis();
  }

  /**
   * Baseline: labels every settlement with the 8 h interval when its spacing is a multiple.
   *
   * @return the per-settlement intervals
   */
  @Benchmark
  public long[] intervalInference_baseline() {
    long[] out = new long[times.length];
    long im = BenchData.EIGHT_HOURS_MS;
    for (int i = 1; i < times.length; i++) {
      long gap = times[i] - times[i - 1];
      out[i] = Math.abs(gap - (gap + im / 2) / im * im) <= 60_000 ? im : 0;
    }
    out[0] = im;
    return out;
  }
}
