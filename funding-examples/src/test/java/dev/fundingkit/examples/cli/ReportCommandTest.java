package dev.fundingkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fundingkit.core.testing.SharedData;
import dev.fundingkit.examples.report.HtmlReport;
import dev.fundingkit.examples.report.ReportCharts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final List<String> CHARTS =
      List.of(ReportCharts.FUNDING, ReportCharts.HALF_LIFE, ReportCharts.BACKTEST);

  @TempDir Path dir;

  /** The page exists and is self-contained; with {@code --png}, every chart is a PNG. */
  private static String assertReport(Path out, boolean png) throws IOException {
    Path page = out.resolve(HtmlReport.FILE);
    assertTrue(Files.isRegularFile(page), "missing " + page);
    String html = Files.readString(page);
    assertTrue(html.startsWith("<!DOCTYPE html>"), "an HTML document");
    assertTrue(html.contains("http-equiv=\"Content-Security-Policy\""), "a CSP");
    for (String chart : CHARTS) {
      Path file = out.resolve(chart);
      if (!png) {
        assertTrue(!Files.exists(file), () -> chart + " is written only with --png");
        continue;
      }
      assertTrue(Files.size(file) > 10_000, () -> chart + " is too small to be a chart");
      try (InputStream in = Files.newInputStream(file)) {
        assertArrayEquals(PNG_SIGNATURE, in.readNBytes(8), chart + " PNG signature");
      }
    }
    return html;
  }

  @Test
  void builtInDemo_writesPageAndCharts_labelledSynthetic() throws IOException {
    Path out = dir.resolve("demo");
    CliRun run = CliRun.of("report", "--out", out.toString());
    assertEquals(0, run.exit(), run.err());
    String html = assertReport(out, false);
    assertTrue(html.contains("<title>FundingKit report: Venue A (synthetic) BTC (SYNTHETIC"),
        html);
    assertTrue(html.contains("class=\"banner\">SYNTHETIC DATA"));
    assertTrue(html.contains("PERSISTENT_NEGATIVE") && html.contains("EXTREME_SPIKE")
        && html.contains("NEGATIVE_WHILE_SPOT_RISES"));
    assertTrue(run.out().startsWith("SYNTHETIC demonstration data"), run.out());
    for (String section : List.of("Series (per 8h, time-weighted)", "OU fit", "half-life",
        "verdict", "z-score", "regime", "entry level", "exit level", "Carry economics",
        "Backtest", "net")) {
      assertTrue(run.out().contains(section), () -> "stdout names " + section + ": "
          + run.out());
    }
    assertTrue(run.err().contains("rolling half-life"), "progress on stderr: " + run.err());
  }

  @Test
  void builtInDemo_json_isOneObjectWithTheFigures() throws IOException {
    Path out = dir.resolve("json");
    JsonNode json = CliRun.of("report", "--out", out.toString(), "--json", "--borrow", "0.05",
        "--png").json();
    assertReport(out, true);
    assertTrue(json.get("synthetic").booleanValue());
    assertEquals(2190, json.get("n").intValue());
    assertEquals("MEAN_REVERTING", json.get("verdict").textValue());
    double halfLife = json.get("halfLifeHours").doubleValue();
    assertTrue(halfLife > 12 && halfLife < 36, "half-life " + halfLife);
    assertEquals(0.05, json.get("backtest").get("borrow").doubleValue());
    for (String kind : List.of("PERSISTENT_NEGATIVE", "EXTREME_SPIKE",
        "NEGATIVE_WHILE_SPOT_RISES")) {
      assertTrue(json.get("regimes").get(kind).intValue() > 0, kind);
    }
    JsonNode bt = json.get("backtest");
    assertTrue(bt.get("outOfSample").booleanValue());
    assertEquals(json.get("from").textValue(), bt.get("trainFrom").textValue());
    assertEquals("not judged", bt.get("basisPnl").textValue());
    assertEquals(3, json.get("charts").size());
    // spec/cli.md: "out" is the page, "fit" is as fit --json, "episodes" lists every episode
    assertEquals(out.resolve("report.html").toString(), json.get("out").textValue());
    assertEquals(json.get("verdict").textValue(), json.get("fit").get("verdict").textValue());
    assertEquals(json.get("n").intValue(), json.get("fit").get("n").intValue());
    assertTrue(json.get("fit").has("spanHalfLives") && json.get("fit").has("multiScale"));
    int counted = 0;
    for (String kind : List.of("PERSISTENT_NEGATIVE", "EXTREME_SPIKE",
        "NEGATIVE_WHILE_SPOT_RISES")) {
      counted += json.get("regimes").get(kind).intValue();
    }
    JsonNode first = json.get("episodes").get(0);
    assertTrue(json.get("episodes").size() >= counted, "every episode is listed");
    assertTrue(first.has("regime") && first.has("from") && first.has("to")
        && first.has("meanRate"), first.toString());
  }

  @Test
  void binanceBtc2020to2026_fromSharedData() throws IOException {
    Path file = SharedData.require("binance_btc_eth_funding_8h_2020_2026_stitched.csv.gz");
    Path out = dir.resolve("btc");
    CliRun run = CliRun.of("report", "--csv", file.toString(), "--where", "symbol=BTCUSDT",
        "--out", out.toString());
    assertEquals(0, run.exit(), run.err());
    String html = assertReport(out, false);
    assertTrue(html.contains(file.toString()), "page says where the data came from");
    assertTrue(!html.contains("SYNTHETIC"), "market data is not labelled synthetic");
    assertTrue(run.out().contains("7273, 2020-01-01T00:00:00Z .. 2026-08-21T00:00:00Z"),
        run.out());
    assertTrue(run.out().contains("MEAN_REVERTING"), run.out());
    // out of sample by default, stating its training window (a third of 6.6 years > 365 days)
    assertTrue(run.out().contains(
        "Backtest (out of sample, trained 2020-01-01T00:00:00Z to 2020-12-31T00:00:00Z)"),
        run.out());
    assertTrue(html.contains("out of sample, trained 2020-01-01T00:00:00Z"), "page says so");
  }

  @Test
  void hyperliquidBtc_noTradeSpansAGapUnlessMarked() throws IOException {
    Path file = SharedData.require(
        "hyperliquid-yuchengzhang/hyperliquid_btc_eth_funding_premium_1h.csv.gz");
    JsonNode json = CliRun.of("report", "--csv", file.toString(), "--where", "coin=BTC",
        "--time-column", "time_utc", "--value-column", "funding_rate_1h", "--json", "--out",
        dir.resolve("hl").toString()).json();
    JsonNode bt = json.get("backtest");
    assertTrue(bt.get("outOfSample").booleanValue());
    assertEquals("not judged", bt.get("basisPnl").textValue());
    assertEquals("not judged", json.get("regimes").get("NEGATIVE_WHILE_SPOT_RISES").textValue());
    // The data's holes by an independent rule: consecutive BTC hours more than 1.5 h apart.
    List<long[]> holes = new java.util.ArrayList<>();
    try (java.io.BufferedReader r = SharedData.open(file)) {
      String header = r.readLine();
      List<String> cols = Arrays.asList(header.split(","));
      int coin = cols.indexOf("coin");
      int time = cols.indexOf("time_ms");
      long previous = Long.MIN_VALUE;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] cells = line.split(",");
        if (!cells[coin].equals("BTC")) {
          continue;
        }
        long t = Long.parseLong(cells[time]);
        if (previous != Long.MIN_VALUE && t - previous > 5_400_000L) {
          holes.add(new long[] {previous, t});
        }
        previous = t;
      }
    }
    assertTrue(holes.size() > 0, "the file has gaps (a 221 h hole among them)");
    assertTrue(bt.get("trades").size() > 0);
    for (JsonNode t : bt.get("trades")) {
      long entry = java.time.Instant.parse(t.get("entry").textValue()).toEpochMilli();
      long exit = java.time.Instant.parse(t.get("exit").textValue()).toEpochMilli();
      boolean crosses = holes.stream().anyMatch(h -> entry <= h[0] && h[1] <= exit);
      assertEquals(crosses, t.get("spansGap").booleanValue(), t.toString());
      assertTrue(!crosses, "the default policy closes before a gap: " + t);
      for (String key : List.of("entry", "exit", "settlements", "heldHours", "funding",
          "borrow", "fees", "basisPnl", "net", "spansGap")) {
        assertTrue(t.has(key), key + " in " + t);
      }
    }
    for (String key : List.of("outOfSample", "trainFrom", "trainTo", "trades", "net",
        "netAnnualized")) {
      assertTrue(bt.has(key), key + " in " + bt);
    }
  }

  @Test
  void backtestOptions_feesBandsTrainingPricesAndSpot() throws IOException {
    Path funding = dir.resolve("f.csv");
    Path spot = dir.resolve("spot.csv");
    StringBuilder f = new StringBuilder("time,rate,mark\n");
    StringBuilder s = new StringBuilder("time,close\n");
    java.time.Instant t0 = java.time.Instant.parse("2024-01-01T00:00:00Z");
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(11);
    double rate = 0.0001;
    for (int i = 0; i < 600; i++) {   // AR(1) around 0.01%, coefficient 0.7
      java.time.Instant t = t0.plusSeconds(8 * 3600L * i);
      rate = 0.0001 + 0.7 * (rate - 0.0001) + 0.0003 * (rnd.nextDouble() - 0.5);
      f.append(t).append(',').append(String.format(java.util.Locale.ROOT, "%.8f", rate))
          .append(',').append(100 + i % 7).append('\n');
      s.append(t).append(',').append(100 + i % 5).append('\n');
    }
    Files.writeString(funding, f);
    Files.writeString(spot, s);
    JsonNode json = CliRun.of("report", "--csv", funding.toString(), "--price-column", "mark",
        "--spot-csv", spot.toString(), "--fees", "0.001", "--train", "30d", "--entry-sd", "1.5",
        "--exit-sd", "0.25", "--json", "--out", dir.resolve("opts").toString()).json();
    JsonNode bt = json.get("backtest");
    assertEquals(0.001, bt.get("feePerFill").doubleValue());
    assertEquals("2024-01-31T00:00:00Z", bt.get("trainTo").textValue());   // 30 days in
    assertTrue(bt.get("basisPnl").isNumber(), bt.toString());
    assertTrue(json.get("regimes").get("NEGATIVE_WHILE_SPOT_RISES").isNumber());
    assertEquals("COMPLETE", bt.get("status").textValue());
    assertTrue(bt.get("trades").size() > 0, bt.toString());
    for (JsonNode t : bt.get("trades")) {
      assertEquals(0.004, t.get("fees").doubleValue(), 1e-15);           // 4 fills × 0.1%
      assertTrue(t.get("basisPnl").isNumber(), t.toString());
    }
    String err = CliRun.of("report", "--csv", funding.toString(), "--entry-sd", "1",
        "--exit-sd", "2", "--out", dir.resolve("bad").toString()).badInput();
    assertTrue(err.contains("--exit-sd"), err);
  }

  @Test
  void severalFiles_areJoinedInTimeOrder() throws IOException {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    Files.writeString(a, csv(0, 150));
    Files.writeString(b, csv(150, 300));
    Path out = dir.resolve("joined");
    JsonNode json = CliRun.of("report", "--csv", b.toString(), a.toString(), "--out",
        out.toString(), "--json").json();
    assertEquals(300, json.get("n").intValue());
    assertEquals(0, json.get("charts").size(), "no PNG without --png");
    assertReport(out, false);
  }

  @Test
  void namedFiles_areComparedOnOnePage_eachListedWithItsInterval() throws IOException {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    Files.writeString(a, csv(0, 300));
    Files.writeString(b, csv(100, 250));
    Path out = dir.resolve("named");
    JsonNode json = CliRun.of("report", "--csv", "venueA=" + a, "--csv", "venueB=" + b,
        "--out", out.toString(), "--json").json();
    JsonNode series = json.get("series");
    assertEquals(2, series.size(), series.toString());
    assertEquals("venueA", series.get(0).get("name").asText());
    assertEquals(300, series.get(0).get("rows").intValue());
    assertEquals("venueB", series.get(1).get("name").asText());
    assertEquals(150, series.get(1).get("rows").intValue());
    assertEquals(300, json.get("n").intValue(), "the first named series is the one analysed");
    String html = assertReport(out, false);
    assertTrue(html.contains("venueB"), "the compared series is on the page");
    String err = CliRun.of("report", "--csv", "venueA=" + a, "--csv", b.toString(), "--out",
        dir.resolve("mixed").toString()).badInput();
    assertTrue(err.contains("either FILE values") && err.contains("not both"), err);
  }

  @Test
  void overlappingFiles_badInputNamingTheFileAndLine() throws IOException {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    Files.writeString(a, csv(0, 150));
    Files.writeString(b, csv(100, 300));
    String err = CliRun.of("report", "--csv", a.toString(), "--csv", b.toString(), "--out",
        dir.resolve("x").toString()).badInput();
    assertTrue(err.contains(b + " line 2, column 'time'") && err.contains("overlaps"), err);
  }

  @Test
  void missingFile_badInput() {
    Path missing = dir.resolve("nope.csv");
    String err = CliRun.of("report", "--csv", missing.toString(), "--out",
        dir.resolve("x").toString()).badInput();
    assertTrue(err.contains(missing.toString()) && err.contains("no such file"), err);
  }

  @Test
  void missingColumn_badInputNamingFileAndColumn() throws IOException {
    Path file = dir.resolve("f.csv");
    Files.writeString(file, csv(0, 50));
    String err = CliRun.of("report", "--csv", file.toString(), "--value-column", "premium",
        "--out", dir.resolve("x").toString()).badInput();
    assertTrue(err.contains(file.toString()) && err.contains("premium"), err);
  }

  @Test
  void unreadableCell_badInputNamingLineAndColumn() throws IOException {
    Path file = dir.resolve("f.csv");
    List<String> lines = new java.util.ArrayList<>(csv(0, 50).lines().toList());
    lines.set(4, "2024-01-02T08:00:00Z,abc");
    Files.writeString(file, String.join("\n", lines) + "\n");
    String err = CliRun.of("report", "--csv", file.toString(), "--out",
        dir.resolve("x").toString()).badInput();
    assertTrue(err.contains(file + " line 5, column 'rate'"), err);
  }

  @Test
  void intervalChange_needsPerHour() throws IOException {
    StringBuilder text = new StringBuilder("time,rate\n");
    long t = 1_704_067_200_000L;
    for (int i = 0; i < 200; i++) {
      text.append(t).append(',').append(i % 7 == 0 ? -0.0002 : 0.0001 + 1e-6 * (i % 5))
          .append('\n');
      t += (i < 100 ? 8 : 4) * 3_600_000L;
    }
    Path file = dir.resolve("change.csv");
    Files.writeString(file, text);
    String err = CliRun.of("report", "--csv", file.toString(), "--out",
        dir.resolve("x").toString()).badInput();
    assertTrue(err.contains("from 8h to 4h") && err.contains("--per-hour"), err);
    Path out = dir.resolve("per-hour");
    JsonNode json = CliRun.of("report", "--csv", file.toString(), "--per-hour", "--out",
        out.toString(), "--json").json();
    assertEquals("per 1h", json.get("unit").textValue());
    assertReport(out, false);
  }

  /** 8-hourly rows from row {@code from} (inclusive) to {@code to}, starting 2024-01-01. */
  private static String csv(int from, int to) {
    StringBuilder text = new StringBuilder("time,rate\n");
    double[] pattern = {0.0001, 0.0001, 0.00025, -0.0001, 0.0001, 0.00004, -0.0003, 0.0002};
    for (int i = from; i < to; i++) {
      text.append(java.time.Instant.parse("2024-01-01T00:00:00Z").plusSeconds(8 * 3600L * i))
          .append(',').append(pattern[(i * 5 + i / 3) % pattern.length]).append('\n');
    }
    return text.toString();
  }

  @Test
  void help_hasAnExample() {
    CliRun run = CliRun.of("report", "--help");
    assertEquals(0, run.exit());
    assertTrue(run.out().contains("fundingkit report --csv"), run.out());
    assertTrue(Arrays.asList(run.out().split("\\s+")).contains("--borrow=ANNUAL_FRACTION"),
        run.out());
  }
}
