package dev.fundingkit.benchmarks;

import dev.fundingkit.core.premium.PremiumSample;
import dev.fundingkit.core.premium.PremiumSeries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * One Binance window (5,760 five-second samples) made into a {@link PremiumSeries} from a
 * {@code List<PremiumSample>}, beside the bulk path from primitive arrays: the target is the
 * object path within 5× of the bulk one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class PremiumSeriesBenchmark {

  private static final int N = 5_760;

  private final Instant start = Instant.ofEpochMilli(BenchData.START_MS);
  private final Instant end = start.plusSeconds(8 * 3600);
  private long[] times;
  private double[] premiums;
  private List<PremiumSample> samples;

  /** Generates the window once per trial. */
  @Setup
  public void setUp() {
    premiums = BenchData.premiums(N);
    times = new long[N];
    samples = new ArrayList<>(N);
    for (int i = 0; i < N; i++) {
      times[i] = BenchData.START_MS + 5_000L * i;
      samples.add(PremiumSample.of(Instant.ofEpochMilli(times[i]), premiums[i]));
    }
  }

  /**
   * From the list of samples.
   *
   * @return the series
   */
  @Benchmark
  public PremiumSeries premiumSeriesFromObjects_fundingkit() {
    return PremiumSeries.of(start, end, samples);
  }

  /**
   * Baseline: the library's bulk path from the parallel arrays.
   *
   * @return the series
   */
  @Benchmark
  public PremiumSeries premiumSeriesFromObjects_baseline() {
    return PremiumSeries.of(start, end, times, premiums);
  }
}
