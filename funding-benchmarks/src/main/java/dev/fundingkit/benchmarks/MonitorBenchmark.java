package dev.fundingkit.benchmarks;

import dev.fundingkit.core.live.FundingMonitor;
import dev.fundingkit.core.live.FundingSnapshot;
import dev.fundingkit.core.venue.FundingConventions;
import dev.fundingkit.core.venue.SymbolTerms;
import java.time.Duration;
import java.time.Instant;
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
 * The live Binance USDⓈ-M monitor: {@code add} per five-second sample over 10^6 samples
 * (about 174 eight-hour windows, each rolled at its settlement) beside a plain linear-weight
 * running-sum update; and one {@code snapshot} of a half-full window beside the plain
 * weighted average and clamp from those sums.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class MonitorBenchmark {

  private static final int N = 1_000_000;
  private static final long START = Instant.parse("2025-06-01T00:00:00Z").toEpochMilli();
  private static final int PER_WINDOW = 5_760;

  private final SymbolTerms terms = SymbolTerms.of(Duration.ofHours(8));
  private long[] times;
  private double[] premiums;
  private FundingMonitor halfFull;

  /** Generates the samples and a monitor half way through a window once per trial. */
  @Setup
  public void setUp() {
    premiums = new double[N];
    double[] window = BenchData.premiums(PER_WINDOW);
    times = new long[N];
    for (int i = 0; i < N; i++) {
      times[i] = START + 5_000L * i;
      premiums[i] = window[i % PER_WINDOW];
    }
    halfFull = FundingMonitor.of(FundingConventions.BINANCE_USDM, terms);
    for (int i = 0; i < PER_WINDOW / 2; i++) {
      halfFull.add(times[i], premiums[i]);
    }
  }

  /**
   * Adds every sample to a new monitor, one call per sample.
   *
   * @return the accepted count
   */
  @Benchmark
  public long monitorUpdate_fundingkit() {
    FundingMonitor m = FundingMonitor.of(FundingConventions.BINANCE_USDM, terms);
    for (int i = 0; i < N; i++) {
      m.add(times[i], premiums[i]);
    }
    return m.acceptedSamples();
  }

  /**
   * Baseline: linear-weight running sums, reset at each eight-hour boundary.
   *
   * @return a figure depending on every sum
   */
  @Benchmark
  public double monitorUpdate_baseline() {
    long windowMs = 8 * 3_600_000L;
    long windowEnd = (START / windowMs + 1) * windowMs;
    double count = 0;
    double weighted = 0;
    double check = 0;
    for (int i = 0; i < N; i++) {
      long t = times[i];
      if (t >= windowEnd) {
        check += weighted / (count * (count + 1) / 2);
        windowEnd += windowMs;
        count = 0;
        weighted = 0;
      }
      count += 1;
      weighted += count * premiums[i];
    }
    return check + weighted;
  }

  /**
   * One snapshot of the half-full window (predicted rate with breakdown).
   *
   * @return the snapshot
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public FundingSnapshot monitorSnapshot_fundingkit() {
    return halfFull.snapshot();
  }

  /**
   * Baseline: the linear-weight average of the half window and the clamp, from the sums a
   * plain loop would keep.
   *
   * @return the rate
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public double monitorSnapshot_baseline() {
    double count = PER_WINDOW / 2;
    double average = premiums[7] / (count * (count + 1) / 2);
    double raw = Math.max(average - 0.0005, Math.min(average + 0.0005, 0.0001));
    return Math.min(0.0075, Math.max(-0.0075, raw));
  }
}
