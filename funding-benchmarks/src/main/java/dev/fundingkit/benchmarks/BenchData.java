package dev.fundingkit.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The data every benchmark runs on, generated from a fixed seed so that a JMH run and the
 * peers' script ({@code peers/peers.py}) time the same numbers: an 8-hourly funding path that
 * mean-reverts (AR(1) with φ = 0.8, about a 25 h half-life) around 1 bp, with one settlement
 * in 500 missing, and a Binance-style window of 5,760 five-second premium samples.
 *
 * <p>{@code main(path)} writes the funding path as {@code time_ms,rate} CSV for the script.
 */
public final class BenchData {

  /** The seed of every generated array. */
  public static final long SEED = 20261202L;

  /** 2020-01-01T00:00:00Z in epoch milliseconds. */
  public static final long START_MS = 1_577_836_800_000L;

  /** Eight hours in milliseconds. */
  public static final long EIGHT_HOURS_MS = 8 * 3_600_000L;

  /** Settlement instants (epoch ms) and rates of the funding path. */
  public final long[] times;

  /** Rates per 8 h, one per settlement in {@link #times}. */
  public final double[] rates;

  private BenchData(long[] times, double[] rates) {
    this.times = times;
    this.rates = rates;
  }

  /**
   * The funding path with {@code n} settlements.
   *
   * @param n how many settlements, at least 2
   * @return the data
   */
  public static BenchData funding(int n) {
    SplittableRandom rnd = new SplittableRandom(SEED);
    long[] t = new long[n];
    double[] v = new double[n];
    long time = START_MS;
    double x = 1e-4;
    for (int i = 0; i < n; i++) {
      time += rnd.nextInt(500) == 0 ? 2 * EIGHT_HOURS_MS : EIGHT_HOURS_MS;
      x = 1e-4 + 0.8 * (x - 1e-4) + 5e-5 * gaussian(rnd);
      t[i] = time;
      v[i] = x;
    }
    return new BenchData(t, v);
  }

  /**
   * Premium samples of one averaging window, in sample order.
   *
   * @param n how many samples (5,760 for Binance's 8 h of 5-s samples)
   * @return the premiums, fractions
   */
  public static double[] premiums(int n) {
    SplittableRandom rnd = new SplittableRandom(SEED + 1);
    double[] p = new double[n];
    double x = 0;
    for (int i = 0; i < n; i++) {
      x = 0.99 * x + 2e-5 * gaussian(rnd);
      p[i] = x;
    }
    return p;
  }

  private static double gaussian(SplittableRandom rnd) {
    // Box–Muller on two uniforms in (0, 1]: reproducible in any language from the same stream.
    double u = 1.0 - rnd.nextDouble();
    double w = rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * w);
  }

  /**
   * Writes the default funding path (10^6 settlements) and the premium window for the peers'
   * script.
   *
   * @param args the funding CSV path, then the premium CSV path
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: BenchData FUNDING.csv PREMIUMS.csv");
      System.exit(2);
    }
    BenchData d = funding(1_000_000);
    try (Writer w = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
      w.write("time_ms,rate\n");
      for (int i = 0; i < d.times.length; i++) {
        w.write(d.times[i] + "," + String.format(Locale.ROOT, "%.17g", d.rates[i]) + "\n");
      }
    }
    double[] p = premiums(5_760);
    try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      w.write("premium\n");
      for (double x : p) {
        w.write(String.format(Locale.ROOT, "%.17g", x) + "\n");
      }
    }
  }
}
