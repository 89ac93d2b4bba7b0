package dev.fundingkit.benchmarks;

import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.io.FundingReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * funding-io reading a plain CSV of {@code n} rows ({@code time} in epoch seconds 8 h apart,
 * {@code rate} as {@code %.10g}: the file of the CLI's end-to-end row) into a series with
 * inferred intervals, beside a plain loop that reads the same file line by line and parses
 * both cells with {@code Long.parseLong} and {@code Double.parseDouble} into two arrays.
 * Warm figures: the CLI's cold-JVM cost is measured as a whole process instead.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class CsvReadBenchmark {

  /** Rows in the file. */
  @Param("1000000")
  public int n;

  private Path file;
  private FundingReader reader;

  /**
   * Writes the file once per trial.
   *
   * @throws IOException if it cannot be written
   */
  @Setup
  public void setUp() throws IOException {
    BenchData d = BenchData.funding(n);
    file = Files.createTempFile("fundingkit-csvread", ".csv");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("time,rate\n");
      for (int i = 0; i < n; i++) {
        w.write(Long.toString(d.times[i] / 1000));
        w.write(',');
        w.write(String.format(Locale.ROOT, "%.10g", d.rates[i]));
        w.write('\n');
      }
    }
    reader = FundingReader.defaults().withTimeColumn("time").withValueColumn("rate");
  }

  /**
   * Deletes the file.
   *
   * @throws IOException if it cannot be deleted
   */
  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /**
   * Reads the file into a series (format and time form noted, intervals inferred).
   *
   * @return the series
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public FundingSeries csvRead_fundingkit() throws IOException {
    return reader.read(file).single();
  }

  /**
   * Baseline: lines, one split at the comma, the JDK's number parsers, two arrays.
   *
   * @return the values
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public double[] csvRead_baseline() throws IOException {
    long[] t = new long[n];
    double[] v = new double[n];
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      r.readLine();
      String line;
      int i = 0;
      while ((line = r.readLine()) != null) {
        int comma = line.indexOf(',');
        t[i] = Long.parseLong(line, 0, comma, 10) * 1000;
        v[i++] = Double.parseDouble(line.substring(comma + 1));
      }
    }
    return v;
  }
}
