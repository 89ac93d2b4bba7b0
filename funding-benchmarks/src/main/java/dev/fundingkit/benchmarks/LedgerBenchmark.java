package dev.fundingkit.benchmarks;

import dev.fundingkit.core.ledger.FundingAccrual;
import dev.fundingkit.core.ledger.PaymentTerms;
import java.util.SplittableRandom;
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
 * A position's funding over 10^6 settlements with a size change about every tenth settlement
 * (at-settlement accrual, the default terms): the bulk {@link FundingAccrual#accrue} beside a
 * plain two-pointer loop. The output array is reused, so {@code -prof gc} shows what one call
 * allocates (nothing per settlement).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class LedgerBenchmark {

  /** Settlements. */
  @Param("1000000")
  public int n;

  private long[] settlementMs;
  private long[] intervalMs;
  private double[] rates;
  private double[] prices;
  private long[] changeMs;
  private double[] sizes;
  private double[] out;
  private final PaymentTerms terms = PaymentTerms.defaults();
  private long tolerance;

  /** Generates settlements, prices and size changes once per trial. */
  @Setup
  public void setUp() {
    BenchData d = BenchData.funding(n);
    settlementMs = d.times;
    rates = d.rates;
    intervalMs = new long[n];
    prices = new double[n];
    SplittableRandom rnd = new SplittableRandom(BenchData.SEED + 2);
    double price = 30_000;
    for (int i = 0; i < n; i++) {
      intervalMs[i] = BenchData.EIGHT_HOURS_MS;
      price *= 1 + 0.01 * (rnd.nextDouble() - 0.5);
      prices[i] = price;
    }
    int m = n / 10;
    changeMs = new long[m];
    sizes = new double[m];
    for (int j = 0; j < m; j++) {
      // Between settlements 10j and 10j+1, so each change is in force from the next one on.
      changeMs[j] = settlementMs[10 * j] + 3_600_000L;
      sizes[j] = Math.round((rnd.nextDouble() - 0.5) * 20) / 10.0;
    }
    out = new double[n];
    tolerance = terms.snapshotTolerance().toMillis();
  }

  /**
   * The library's bulk accrual (validates every array, then one pass).
   *
   * @return the total cash flow
   */
  @Benchmark
  public double ledger_fundingkit() {
    return FundingAccrual.accrue(settlementMs, intervalMs, rates, prices, changeMs, sizes,
        terms, out);
  }

  /**
   * Baseline: the two-pointer loop without validation.
   *
   * @return the total cash flow
   */
  @Benchmark
  public double ledger_baseline() {
    double total = 0;
    int next = 0;
    double size = 0;
    for (int i = 0; i < settlementMs.length; i++) {
      long snapshot = settlementMs[i] + tolerance;
      while (next < changeMs.length && changeMs[next] < snapshot) {
        size = sizes[next++];
      }
      double flow = -size * prices[i] * rates[i];
      out[i] = flow;
      total += flow;
    }
    return total;
  }
}
