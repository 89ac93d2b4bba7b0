package dev.fundingkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.fundingkit.core.series.FundingSeries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand splitter must read every file exactly as Commons CSV alone does: the oracle is the
 * same reader with {@link RowSource#plainCsv} off, and each case compares everything a read
 * gives (every point's time, value bits, interval and source; the remarks) or the error's
 * whole message (file, line, column, problem).
 */
class PlainCsvTest {

  @TempDir Path dir;

  @AfterEach
  void restore() {
    RowSource.plainCsv = true;
  }

  private static final String HEADER = "time,rate\n";

  /** Everything a read gives, as one text, or the error with its message. */
  private static String outcome(Path file, FundingReader reader) {
    try {
      FundingInput in = reader.read(file);
      StringBuilder sb = new StringBuilder();
      for (Map.Entry<SeriesKey, FundingSeries> e : in.series().entrySet()) {
        FundingSeries s = e.getValue();
        sb.append(e.getKey()).append(' ').append(s.size()).append('\n');
        for (int i = 0; i < s.size(); i++) {
          sb.append(s.epochMilli(i)).append(' ')
              .append(Long.toHexString(Double.doubleToRawLongBits(s.value(i)))).append(' ')
              .append(s.intervalMillis(i)).append(' ').append(s.intervalSource(i)).append('\n');
        }
      }
      sb.append(in.remarks()).append(in.timeColumn()).append(in.valueColumn());
      return sb.toString();
    } catch (FundingInputException e) {
      return "error: " + e.getMessage();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads {@code text} both ways and requires the same outcome; returns it. */
  private String same(String text, UnaryOperator<FundingReader> config) throws IOException {
    Path file = dir.resolve("f" + Integer.toHexString(text.hashCode()) + ".csv");
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    FundingReader reader = config.apply(FundingReader.defaults());
    RowSource.plainCsv = false;
    String commons = outcome(file, reader);
    RowSource.plainCsv = true;
    String plain = outcome(file, reader);
    assertEquals(commons, plain, () -> "for " + Cells.quote(text));
    return plain;
  }

  private String same(String text) throws IOException {
    return same(text, r -> r);
  }

  /** Rows {@code time,rate} 8 h apart from 2020-01-01, epoch seconds. */
  private static String rows(int from, int to, String end) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      sb.append(1577836800L + 28_800L * i).append(',').append(1e-4 + i * 1e-7).append(end);
    }
    return sb.toString();
  }

  @Test
  void plainFiles_readAsCommonsReadsThem() throws IOException {
    String read = same(HEADER + rows(0, 50, "\n"));
    assertTrue(read.contains(" 50\n") && !read.startsWith("error"), read);
    same(HEADER.replace("\n", "\r\n") + rows(0, 50, "\r\n"));
    same(HEADER + rows(0, 50, "\n").replace("0001", "0001 "));
    same(" time , rate \n" + rows(0, 20, "\n").replace(",", " ,\t"));
    same("\uFEFF" + HEADER + rows(0, 20, "\n"));
    same("symbol,time,rate,note\n" + rows(0, 20, "\n").replace("\n", ",é ü\n")
        .replaceAll("(?m)^", "BTC,"));
  }

  @Test
  void unusualLines_areHandedOverWithTheirLines() throws IOException {
    String body = rows(0, 30, "\n");
    same(HEADER + rows(0, 30, "\n\n") + "\n\n");
    same(HEADER + body.substring(0, body.length() - 1));
    same(HEADER + rows(0, 10, "\n") + "\"1577836800\",1e-4\n" + rows(10, 20, "\n"));
    same(HEADER + rows(0, 10, "\n") + "1577836800,\"1e-4\n2\"\n" + rows(10, 20, "\n"));
    same(HEADER + rows(0, 10, "\n") + "1900000000,\"1e-4\"x\n");
    same(HEADER + rows(0, 10, "\n") + "1900000000,\"1e-4\n");
    same(HEADER + rows(0, 10, "\r") + rows(10, 20, "\n"));
    same(HEADER + rows(0, 10, "\n") + "   \n" + rows(10, 20, "\n"));
    same(HEADER + rows(0, 10, "\n") + "\t\r\n" + rows(10, 20, "\n"));
    same(HEADER + rows(0, 10, "\n") + "\"x\"\n" + rows(8, 20, "\n"));
    same("\"time\",rate\n" + rows(0, 10, "\n"));
    same("\ntime,rate\n" + rows(0, 10, "\n"));
    same("time,rate");
    same("time,rate\n");
    same("");
    same("\n\n");
  }

  @Test
  void badRows_failWithTheSameMessage() throws IOException {
    String e = same(HEADER + rows(0, 10, "\n") + "1900000000,1e-4,3\n");
    assertTrue(e.startsWith("error: ") && e.contains("line 12"), e);
    same(HEADER + rows(0, 10, "\n") + "1900000000\n");
    same(HEADER + rows(0, 10, "\n") + rows(9, 12, "\n"));
    same(HEADER + rows(0, 10, "\n") + rows(3, 4, "\n"));
    same(HEADER + rows(0, 10, "\n") + "1900000000,abc\n");
    same(HEADER + rows(0, 10, "\n") + "1900000000,NaN\n");
    same(HEADER + rows(0, 10, "\n") + "1900000000,1e400\n");
    same(HEADER + rows(0, 10, "\n") + "2025-02-30,1e-4\n");
    same(HEADER + rows(0, 10, "\n") + ",1e-4\n");
    same(HEADER + rows(0, 10, "\n") + "1900000000,\n" + rows(10, 12, "\n"));
    same(HEADER + rows(0, 10, "\n") + "1900000000, \u2003 \n" + rows(10, 12, "\n"));
    same(HEADER + rows(0, 10, "\n") + "+1900000000,1e-4\n");
    same(HEADER + rows(0, 10, "\n") + "1900000000.5,1e-4\n");
    same(HEADER + rows(0, 10, "\n") + "1900000000,0.12345678901234567890\n");
    same(HEADER + rows(0, 10, "\n") + "1900000000,1e-30\n");
    same(HEADER + rows(0, 10, "\n") + "1900000000,1e-4\n1900000000,2e-4\n");
    same(HEADER + "1577836800,1e-4\n");
    same(HEADER + ",\n,\n");
    same("a,b\n1,2\n");
  }

  @Test
  void isoTimesFiltersAndSeveralSeries_readAsCommonsReadsThem() throws IOException {
    same("time,rate\n2025-10-01T00:00:00Z,1e-4\n2025-10-01T08:00:00Z,2e-4\n"
        + "2025-10-01T16:00:00Z,-3e-4\n");
    StringBuilder two = new StringBuilder("symbol,time,rate\n");
    for (int i = 0; i < 40; i++) {
      two.append(i % 2 == 0 ? "BTC" : "ETH").append(',').append(1577836800L + 28_800L * i)
          .append(',').append(i * 1e-6).append('\n');
    }
    same(two.toString(), r -> r.withFilter(RowFilter.parse("symbol=ETH")));
    same(two.toString(), r -> r.withFilter(RowFilter.parse("symbol=SOL")));
    same(two.toString());
    same("time,rate,interval_hours\n" + rows(0, 20, "\n").replace("\n", ",8\n"));
    same("time,rate,is_predicted\n" + rows(0, 20, "\n").replace("\n", ",false\n"));
  }

  @Test
  void linesAcrossTheBuffer_andLongerThanIt() throws IOException {
    // 64 KiB buffers: thousands of rows put line ends (and \r\n halves) on every boundary.
    same(HEADER + rows(0, 20_000, "\n"));
    same(HEADER.replace("\n", "\r\n") + rows(0, 20_000, "\r\n"));
    same("time,rate,note\n" + rows(0, 3, "\n").replace("\n", ",x\n")
        + "1600000000,1e-4," + "y".repeat(200_000) + "\n" + rows(4000, 4100, "\n")
            .replace("\n", ",z\n"));
    same("time,rate," + "h".repeat(100_000) + "\n" + rows(0, 5, "\n").replace("\n", ",\n"));
  }

  @Test
  void law_randomFilesReadAsCommonsReadsThem() {
    // Random rows from a mix of plain, blank, quoted, CR, short, bad and out-of-order lines.
    String[] pieces = {"\n", "\r\n", "\r", "\"", ",", " ", "x", "1e-4", "-0.5", "\t"};
    qt().withFixedSeed(20261202L).withExamples(200)
        .forAll(longs().all(), integers().between(1, 400))
        .checkAssert((seed, n) -> {
          Random random = new Random(seed);
          StringBuilder sb = new StringBuilder(random.nextInt(8) == 0 ? "time,rate,\n" : HEADER);
          long t = 1577836800L;
          for (int i = 0; i < n; i++) {
            t += random.nextInt(500) == 0 ? -28_800L : 28_800L;
            int kind = random.nextInt(40);
            if (kind == 0) {
              sb.append(pieces[random.nextInt(pieces.length)]);
            } else if (kind == 1) {
              sb.append(t).append(",\"").append(random.nextInt(9)).append("e-5\"\n");
            } else {
              sb.append(t).append(',').append(random.nextGaussian() * 1e-4)
                  .append(random.nextInt(10) == 0 ? "\r\n" : "\n");
            }
          }
          if (random.nextBoolean()) {
            sb.setLength(sb.length() - 1);
          }
          try {
            same(sb.toString());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
