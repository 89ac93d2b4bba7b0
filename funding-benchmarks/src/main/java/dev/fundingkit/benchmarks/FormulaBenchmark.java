package dev.fundingkit.benchmarks;

import dev.fundingkit.core.formula.FundingBreakdown;
import dev.fundingkit.core.formula.FundingFormula;
import dev.fundingkit.core.venue.FundingConventions;
import dev.fundingkit.core.venue.FundingRuleVersion;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The Binance USDⓈ-M formula ({@code P + clamp(I − P, ±0.05%)}, I = 0.01% per 8 h, cap ±0.75%
 * after scaling) over 10^6 average premiums: the bulk {@code rates} beside a plain
 * min/max loop, and the per-window {@code versionAt(t).rate(…)} with its breakdown beside the
 * same plain loop. The output array is reused, so {@code -prof gc} shows allocation per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class FormulaBenchmark {

  /** Average premiums (one per funding window). */
  @Param("1000000")
  public int n;

  private double[] premiums;
  private double[] out;
  private FundingRuleVersion version;
  private FundingFormula formula;
  private SymbolTerms terms;
  private final Duration interval = Duration.ofHours(8);
  private final Instant at = Instant.parse("2025-06-01T00:00:00Z");

  /** Generates the premiums and resolves the formula once per trial. */
  @Setup
  public void setUp() {
    // Premiums of a few bp around the band so both branches of the clamp and the cap run.
    double[] p = BenchData.funding(n).rates;
    premiums = new double[n];
    for (int i = 0; i < n; i++) {
      premiums[i] = 20 * (p[i] - 1e-4);
    }
    out = new double[n];
    terms = SymbolTerms.of(interval);
    version = FundingConventions.BINANCE_USDM.versionAt(at);
    formula = version.formulaFor(terms);
  }

  /**
   * The library's bulk form.
   *
   * @return the output array
   */
  @Benchmark
  public double[] formulaBulk_fundingkit() {
    formula.rates(premiums, interval, out);
    return out;
  }

  /**
   * Baseline: the clamp, the 1/1 scaling and the cap as a plain loop with the constants
   * inlined (no finiteness check).
   *
   * @return the output array
   */
  @Benchmark
  public double[] formulaBulk_baseline() {
    return plainLoop();
  }

  private double[] plainLoop() {
    double i = 0.0001;
    double h = 0.0005;
    double cap = formula.cap().cap();
    double floor = formula.cap().floor();
    for (int k = 0; k < premiums.length; k++) {
      double p = premiums[k];
      double raw = Math.max(p - h, Math.min(p + h, i));
      out[k] = Math.min(cap, Math.max(floor, raw));
    }
    return out;
  }

  /**
   * Per window through the venue: {@code versionAt(t).rate(P, terms)}, storing each
   * breakdown's rate in the output array as the baseline stores its own (its published
   * decimal string is not asked for).
   *
   * @return the output array
   */
  @Benchmark
  public double[] formulaBreakdown_fundingkit() {
    for (int k = 0; k < premiums.length; k++) {
      FundingBreakdown b = FundingConventions.BINANCE_USDM.versionAt(at).rate(premiums[k], terms);
      out[k] = b.rate().value();
    }
    return out;
  }

  /**
   * The same, handing each rate to the blackhole rather than to an array (paired with the
   * plain loop that does the same: the hand-off costs about 4 ns an element by itself).
   *
   * @param bh consumes each rate
   */
  @Benchmark
  public void formulaBreakdownConsume_fundingkit(Blackhole bh) {
    for (int k = 0; k < premiums.length; k++) {
      FundingBreakdown b = FundingConventions.BINANCE_USDM.versionAt(at).rate(premiums[k], terms);
      bh.consume(b.rate().value());
    }
  }

  /**
   * Per window on the resolved formula: {@code formula.apply(P, interval)}, storing the
   * breakdown's rate (what {@code formulaBreakdown} costs without the venue's version and
   * formula look-ups).
   *
   * @return the output array
   */
  @Benchmark
  public double[] formulaApply_fundingkit() {
    for (int k = 0; k < premiums.length; k++) {
      out[k] = formula.apply(premiums[k], interval).rate().value();
    }
    return out;
  }

  /**
   * Baseline of {@code formulaApply}: the plain loop.
   *
   * @return the output array
   */
  @Benchmark
  public double[] formulaApply_baseline() {
    return plainLoop();
  }

  /**
   * Baseline of {@code formulaBreakdownConsume}: the plain loop handing each rate to the
   * blackhole rather than writing an array the JIT can vectorise.
   *
   * @param bh consumes each rate
   */
  @Benchmark
  public void formulaBreakdownConsume_baseline(Blackhole bh) {
    double i = 0.0001;
    double h = 0.0005;
    double cap = formula.cap().cap();
    double floor = formula.cap().floor();
    for (int k = 0; k < premiums.length; k++) {
      double p = premiums[k];
      double raw = Math.max(p - h, Math.min(p + h, i));
      bh.consume(Math.min(cap, Math.max(floor, raw)));
    }
  }

  /**
   * The same, asking every breakdown for its published decimal string.
   *
   * @param bh consumes each string
   */
  @Benchmark
  public void formulaBreakdownPublished_fundingkit(Blackhole bh) {
    for (int k = 0; k < premiums.length; k++) {
      FundingBreakdown b = FundingConventions.BINANCE_USDM.versionAt(at).rate(premiums[k], terms);
      bh.consume(b.published());
    }
  }

  /**
   * Baseline of both breakdown cases: the plain loop.
   *
   * @return the output array
   */
  @Benchmark
  public double[] formulaBreakdown_baseline() {
    return plainLoop();
  }

  /**
   * Baseline of the published case: the plain loop (the string has no plain-Java equivalent
   * worth the name; the ratio shows what the decimal costs).
   *
   * @return the output array
   */
  @Benchmark
  public double[] formulaBreakdownPublished_baseline() {
    return plainLoop();
  }
}
