package dev.fundingkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input table of issue 15 as a test suite of the command line. Each row is a command
 * line, the exit status it must give, and a pattern its one stderr line must match; every
 * failing row also gets the rest of the contract checked: nothing on stdout, exactly one
 * stderr line without a stack trace, a line no longer than {@link #MAX_LINE}, and no file
 * created or left behind (in the inputs' directory or the working directory). A second table
 * holds runs that must succeed and say something on stderr (remarks).
 */
class CliBadInputTableTest {

  /** A one-line message stays readable whatever the input held (a 2 MB cell, a long path). */
  private static final int MAX_LINE = 600;

  @TempDir static Path dir;

  /** One row: the arguments, the exit status, and a pattern found in the stderr line. */
  private record Row(String name, int exit, String pattern, String... args) {}

  private static final String OU = "ou.csv";

  @BeforeAll
  static void files() throws IOException {
    SplittableRandom random = new SplittableRandom(15);
    StringBuilder ou = new StringBuilder("time,rate\n");
    StringBuilder walk = new StringBuilder("time,rate\n");
    StringBuilder h7 = new StringBuilder("time,rate\n");
    StringBuilder constant = new StringBuilder("time,rate\n");
    StringBuilder premiums = new StringBuilder("time,premium,rate\n");
    double x = 1e-4;
    double w = 0;
    long t0 = 1_700_006_400_000L; // 2023-11-15T00:00:00Z, on the 8-hour grid
    for (int i = 0; i < 400; i++) {
      x = 1e-4 + 0.8 * (x - 1e-4) + 5e-5 * gaussian(random);
      w += 1e-5 * gaussian(random);
      long t = t0 + i * 8 * 3_600_000L;
      ou.append(t).append(',').append(x).append('\n');
      walk.append(t).append(',').append(w).append('\n');
      h7.append(t0 + i * 7 * 3_600_000L).append(',').append(x).append('\n');
      constant.append(t).append(",0.0001\n");
      premiums.append(t).append(',').append(x).append(',').append(x).append('\n');
    }
    write(OU, ou.toString());
    write("walk.csv", walk.toString());
    write("h7.csv", h7.toString());
    write("constant.csv", constant.toString());
    write("premiums.csv", premiums.toString());
    write("bad-date.csv", "time,rate\n2024-02-28T00:00:00Z,0.0001\n2024-02-30T00:00:00Z,0.0002\n"
        + "2024-03-01T00:00:00Z,0.0001\n");
    write("dup-column.csv", "time,rate,rate\n1700006400000,0.0001,5\n1700035200000,0.0002,5\n"
        + "1700064000000,0.0001,5\n");
    write("epoch-bad.csv", "time,rate\n1700006400000,0.0001\n1700035200000,abc\n");
    write("big-cell.csv", "time,rate\n1700006400000," + "x".repeat(2_000_000)
        + "\n1700035200000,0.0002\n");
    write("quote-open.csv", "time,rate\n1700006400000,\"0.0001\n1700035200000,0.0002\n");
    write("quote-after.csv", "time,rate\n\"1700006400000\"x,0.0001\n1700035200000,0.0002\n");
    write("one-row.csv", "time,rate\n1700006400000,0.0001\n");
    write("header-only.csv", "time,rate\n");
    write("empty.csv", "");
    write("unsorted.csv", "time,rate\n1700035200000,0.0001\n1700006400000,0.0002\n"
        + "1700064000000,0.0001\n");
    write("dup-time.csv", "time,rate\n1700006400000,0.0001\n1700006400000,0.0002\n"
        + "1700035200000,0.0001\n");
    write("nan.csv", "time,rate\n1700006400000,0.0001\n1700035200000,NaN\n1700064000000,0.0001\n");
    write("infinite.csv", "time,rate\n1700006400000,0.0001\n1700035200000,1e999\n"
        + "1700064000000,0.0001\n");
    write("ragged.csv", "time,rate\n1700006400000,0.0001\n1700035200000\n1700064000000,0.0001\n");
    write("no-rate.csv", "time,price\n1700006400000,1\n1700035200000,2\n");
    write("symbols.csv", "time,symbol,rate\n1700006400000,BTCUSDT,0.0001\n"
        + "1700006400000,ETHUSDT,0.0002\n1700035200000,BTCUSDT,0.0001\n"
        + "1700035200000,ETHUSDT,0.0002\n");
    write("bad-time.csv", "time,rate\nyesterday,0.0001\n1700035200000,0.0002\n");
    Files.write(dir.resolve("binary.csv"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 9, 8, 7,
        0, 0, 0, 0, 1, 1, 1, 1, 0, 0});
    Files.createDirectories(dir.resolve("a-directory.csv"));
    byte[] gz = gzip(ou.toString().getBytes(StandardCharsets.UTF_8));
    Files.write(dir.resolve("truncated.csv.gz"), Arrays.copyOf(gz, gz.length / 2));
    Files.writeString(dir.resolve("not-gzip.csv.gz"), ou.toString());
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip)) {
      z.putNextEntry(new ZipEntry("empty/"));
      z.closeEntry();
    }
    Files.write(dir.resolve("no-entries.zip"), zip.toByteArray());
    write("scan-bad.csv", "asset,rate,interval,borrow\nBTC,-0.0003,7x,0.08\n");
    write("exists.html", "not a directory\n");
    Files.createDirectories(dir.resolve("page-is-dir").resolve("report.html"));
  }

  private static double gaussian(SplittableRandom random) {
    double u = random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(data);
    }
    return bytes.toByteArray();
  }

  private static void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }

  private static String f(String name) {
    return dir.resolve(name).toString();
  }

  /** Rows that must fail with status 2 (or 1) and one line. */
  private static List<Row> failures() {
    List<Row> rows = new ArrayList<>();
    // 1. Impossible calendar dates are errors, never shifted.
    for (String at : List.of("2025-02-30T00:00:00Z", "2025-04-31T00:00:00Z",
        "2025-02-29T00:00:00Z")) {
      rows.add(new Row("item 1: --at " + at, 2, "'--at'.*" + Pattern.quote(at),
          "rate", "--venue", "binance-usdm", "--at", at, "--premium", "0.001", "--json"));
    }
    rows.add(new Row("item 1: CSV cell 2024-02-30", 2,
        "bad-date\\.csv line 3, column 'time': '2024-02-30T00:00:00Z' is not a timestamp",
        "fit", f("bad-date.csv"), "--json"));
    // 3. report --out is checked before the analysis, names --out, leaves nothing.
    rows.add(new Row("item 3: --out is a file", 2, "'--out'.*exists and is not a directory",
        "report", "--out", f("exists.html")));
    rows.add(new Row("item 3: --out/report.html is a directory", 2,
        "'--out'.*report\\.html is a directory", "report", "--out", f("page-is-dir"), "--png"));
    rows.add(new Row("item 3: --out under a file", 2, "'--out'.*exists\\.html is not a directory",
        "report", "--out", f("exists.html") + "/sub/dir"));
    rows.add(new Row("item 10: --out empty", 2, "'--out': a directory is required",
        "report", "--out", ""));
    rows.add(new Row("item 3: --out checked before a bad --csv", 2,
        "'--out'.*exists and is not a directory",
        "report", "--csv", f("nan.csv"), "--out", f("exists.html")));
    // 5. Remarks are held back on failure: one line.
    rows.add(new Row("item 5: fit remark then bad cell", 2,
        "epoch-bad\\.csv line 3, column 'rate': 'abc' is not a decimal number",
        "fit", f("epoch-bad.csv")));
    rows.add(new Row("item 5: reproduce remark then bad cell", 2, "epoch-bad\\.csv line 3",
        "reproduce", "--venue", "hyperliquid", f("epoch-bad.csv"), "--time-column", "time",
        "--premium-column", "rate", "--rate-column", "rate"));
    // 9. A finite input whose result overflows is bad input naming the option.
    rows.add(new Row("item 9: compound 100%/1s", 2, "'--rate'.*overflows",
        "annualize", "--rate", "1", "--interval", "1s", "--basis", "compound", "--json"));
    rows.add(new Row("item 9: simple 1e308/1s", 2, "'--rate'.*overflows",
        "annualize", "--rate", "1e308", "--interval", "1s", "--json"));
    rows.add(new Row("item 9: carry -1e308", 2, "'--rate'.*overflows",
        "carry", "--rate", "-1e308", "--interval", "8h", "--borrow", "0.08", "--json"));
    // 10. Messages name the option or the file cell, never an internal parameter.
    rows.add(new Row("item 10: --perp 1e308 --index 1e-308", 2, "'--perp' and '--index'",
        "rate", "--venue", "binance-usdm", "--perp", "1e308", "--index", "1e-308", "--json"));
    rows.add(new Row("item 10: --premium 1e308", 2, "'--premium'",
        "rate", "--venue", "binance-usdm", "--premium", "1e308", "--json"));
    rows.add(new Row("item 10: --time-column empty", 2, "'--time-column'",
        "fit", f(OU), "--time-column", ""));
    rows.add(new Row("item 10: duplicate rate column", 2,
        "dup-column\\.csv line 1, column 'rate': two columns are named 'rate'",
        "fit", f("dup-column.csv"), "--json"));
    rows.add(new Row("item 10: 2 MB cell is cut", 2,
        "big-cell\\.csv line 2, column 'rate': 'x{40}…' \\(2000000 chars\\)",
        "fit", f("big-cell.csv")));
    rows.add(new Row("item 10: long bad argument is cut", 2, "'--premium'",
        "rate", "--venue", "binance-usdm", "--premium", "9".repeat(5000) + "x"));
    rows.add(new Row("argument: NaN premium", 2, "'--premium'",
        "rate", "--venue", "binance-usdm", "--premium", "NaN"));
    rows.add(new Row("argument: unknown venue", 2, "'--venue'",
        "rate", "--venue", "nowhere", "--premium", "0.001"));
    rows.add(new Row("argument: negative price", 2, "'--perp'",
        "rate", "--venue", "binance-usdm", "--perp", "-1", "--index", "1"));
    rows.add(new Row("argument: bad interval", 2, "'--interval'",
        "annualize", "--rate", "0.0001", "--interval", "7x"));
    rows.add(new Row("argument: zero interval", 2, "'--interval'",
        "annualize", "--rate", "0.0001", "--interval", "0h"));
    rows.add(new Row("argument: bad --where", 2, "'--where'", "fit", f(OU), "--where", "=x"));
    rows.add(new Row("argument: bad horizon", 2, "'--horizon'",
        "forecast", f(OU), "--horizon", "-1h"));
    rows.add(new Row("argument: unknown option", 2, "Unknown option",
        "fit", f(OU), "--no-such-option"));
    // 8. File errors name the file, and the line and column where there is one.
    for (String[] cmd : List.of(new String[] {"fit"}, new String[] {"report", "--csv"},
        new String[] {"forecast", "--horizon", "7d"})) {
      String c = cmd[0] + ": ";
      rows.add(file(cmd, c + "directory", "a-directory\\.csv: is a directory", "a-directory.csv"));
      rows.add(file(cmd, c + "truncated gz", "truncated\\.csv\\.gz line \\d+: truncated or"
          + " corrupt", "truncated.csv.gz"));
      rows.add(file(cmd, c + "open quote", "quote-open\\.csv line \\d+: CSV quote error",
          "quote-open.csv"));
      rows.add(file(cmd, c + "char after quote", "quote-after\\.csv line 2: CSV quote error",
          "quote-after.csv"));
      rows.add(file(cmd, c + "one row", "one-row\\.csv line 2, column 'time'", "one-row.csv"));
      rows.add(file(cmd, c + "header only", "header-only\\.csv: no data rows", "header-only.csv"));
      rows.add(file(cmd, c + "empty file", "empty\\.csv: empty file", "empty.csv"));
      rows.add(file(cmd, c + "7-hour spacing", "h7\\.csv column 'time'", "h7.csv"));
      rows.add(file(cmd, c + "no such file", "missing\\.csv: no such file", "missing.csv"));
    }
    rows.add(file(new String[] {"fit"}, "fit: unsorted", "unsorted\\.csv line \\d+",
        "unsorted.csv"));
    rows.add(file(new String[] {"fit"}, "fit: duplicate time", "dup-time\\.csv line \\d+",
        "dup-time.csv"));
    rows.add(file(new String[] {"fit"}, "fit: NaN cell", "nan\\.csv line 3, column 'rate'",
        "nan.csv"));
    rows.add(file(new String[] {"fit"}, "fit: 1e999 cell", "infinite\\.csv line 3, column 'rate'",
        "infinite.csv"));
    rows.add(file(new String[] {"fit"}, "fit: ragged row", "ragged\\.csv line 3", "ragged.csv"));
    rows.add(file(new String[] {"fit"}, "fit: no rate column", "no-rate\\.csv", "no-rate.csv"));
    rows.add(file(new String[] {"fit"}, "fit: several symbols", "symbols\\.csv.*BTCUSDT",
        "symbols.csv"));
    rows.add(file(new String[] {"fit"}, "fit: bad time cell", "bad-time\\.csv line 2, column"
        + " 'time'", "bad-time.csv"));
    rows.add(file(new String[] {"fit"}, "fit: binary file", "binary\\.csv", "binary.csv"));
    rows.add(file(new String[] {"fit"}, "fit: zip without entries", "no-entries\\.zip",
        "no-entries.zip"));
    rows.add(new Row("fit: --where matches nothing", 2, "symbols\\.csv.*ETHUSD\\b|symbols\\.csv",
        "fit", f("symbols.csv"), "--where", "symbol=XRPUSDT"));
    rows.add(new Row("scan: bad interval cell", 2, "scan-bad\\.csv line 2, column 'interval'",
        "scan", f("scan-bad.csv")));
    rows.add(new Row("reproduce: missing column", 2, "premiums\\.csv.*'nope'",
        "reproduce", "--venue", "binance-usdm", f("premiums.csv"), "--time-column", "time",
        "--premium-column", "nope", "--rate-column", "rate"));
    rows.add(new Row("predict: directory", 2, "a-directory\\.csv: is a directory",
        "predict", "--venue", "binance-usdm", f("a-directory.csv")));
    rows.add(new Row("venues: rules file is a directory", 2, "a-directory\\.csv",
        "venues", "--rules", f("a-directory.csv")));
    rows.add(new Row("venues: rules file is not rules", 2, "ou\\.csv",
        "venues", "--rules", f(OU)));
    return rows;
  }

  private static Row file(String[] command, String name, String pattern, String file) {
    List<String> args = new ArrayList<>(List.of(command));
    args.add(f(file));
    if (command[0].equals("report")) {
      args.add("--out");
      args.add(f("report-out"));
    }
    args.add("--json");
    return new Row(name, 2, pattern, args.toArray(new String[0]));
  }

  /** Runs that succeed (status 0, one JSON object) and must say something on stderr. */
  private static List<Row> remarks() {
    return List.of(
        new Row("item 10: --at without a zone", 0, "remark: --at 2025-02-01T00:00:00 has no"
            + " zone; read as UTC", "rate", "--venue", "binance-usdm", "--at",
            "2025-02-01T00:00:00", "--premium", "0.001", "--json"),
        new Row("item 10: --borrow 8", 0, "remark: --borrow 8.0 is read as 800% a year",
            "carry", "--rate", "-0.0003", "--interval", "8h", "--borrow", "8", "--json"),
        new Row("item 10: forecast --borrow 3", 0, "remark: --borrow 3.0",
            "forecast", f(OU), "--horizon", "7d", "--borrow", "3", "--json"),
        new Row("a .gz that is plain text is read by its content", 0, "not-gzip\\.csv\\.gz",
            "fit", f("not-gzip.csv.gz"), "--json"),
        new Row("constant series is a status, not an error", 0, "constant\\.csv",
            "fit", f("constant.csv"), "--json"),
        new Row("item 2: a random walk fits with a legal result", 0, "walk\\.csv",
            "fit", f("walk.csv"), "--json"));
  }

  @TestFactory
  Stream<DynamicTest> everyBadInputGivesOneLineAndNoFiles() {
    return failures().stream().map(row -> DynamicTest.dynamicTest(row.name(), () -> {
      Set<String> before = tree(dir);
      Set<String> cwdBefore = tree(Path.of("").toAbsolutePath());
      CliRun run = CliRun.of(row.args());
      assertEquals(row.exit(), run.exit(), () -> "exit status; stderr: " + clip(run.err()));
      assertEquals("", run.out(), "nothing on stdout on failure");
      assertEquals(1, run.err().lines().count(), () -> "one stderr line: " + clip(run.err()));
      String line = run.err().strip();
      assertFalse(line.contains("Exception") || line.contains("\tat "), line);
      assertTrue(line.startsWith("fundingkit "), line);
      assertTrue(line.length() <= MAX_LINE, () -> "line of " + line.length() + " chars: "
          + clip(line));
      assertTrue(Pattern.compile(row.pattern()).matcher(line).find(),
          () -> "stderr line does not match /" + row.pattern() + "/: " + line);
      assertEquals(before, tree(dir), "no file created or left in the inputs' directory");
      assertEquals(cwdBefore, tree(Path.of("").toAbsolutePath()),
          "no file created in the working directory");
    }));
  }

  @TestFactory
  Stream<DynamicTest> remarksGoToStderrOfASuccessfulRun() {
    return remarks().stream().map(row -> DynamicTest.dynamicTest(row.name(), () -> {
      CliRun run = CliRun.of(row.args());
      run.json();
      assertTrue(Pattern.compile(row.pattern()).matcher(run.err()).find(),
          () -> "no stderr line matches /" + row.pattern() + "/: " + run.err());
    }));
  }

  /** The relative paths under a directory, one level of sub-directories deep at most. */
  private static Set<String> tree(Path root) {
    try (Stream<Path> walk = Files.walk(root, 2)) {
      return walk.map(p -> root.relativize(p).toString())
          .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String clip(String s) {
    return s.length() > 2000 ? s.substring(0, 2000) + "…" : s;
  }
}
