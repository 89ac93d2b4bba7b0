package dev.fundingkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fundingkit.core.testing.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared input options on real files: with no column flag, {@code fit} and {@code report}
 * read each shared file the issue names, with the interval source the data supports.
 */
class InputOptionsTest {

  @TempDir Path dir;

  private JsonNode fit(String... args) {
    List<String> all = new ArrayList<>(List.of("fit"));
    all.addAll(List.of(args));
    all.add("--json");
    return CliRun.of(all.toArray(new String[0])).json();
  }

  private JsonNode report(String... args) {
    List<String> all = new ArrayList<>(List.of("report"));
    all.addAll(List.of(args));
    all.addAll(List.of("--out", dir.resolve("r" + System.nanoTime()).toString(), "--json"));
    return CliRun.of(all.toArray(new String[0])).json();
  }

  private static void check(JsonNode fit, JsonNode report, int rows, String interval,
      String source) {
    assertEquals(rows, fit.get("n").intValue());
    assertEquals(interval, fit.get("interval").textValue());
    assertEquals(source, fit.get("intervalSource").textValue());
    JsonNode series = report.get("series").get(0);
    assertEquals(rows, series.get("rows").intValue());
    assertEquals(interval, series.get("interval").textValue());
    assertEquals(source, series.get("intervalSource").textValue());
    assertTrue(series.get("gaps").isArray());
  }

  @Test
  void bybitExport() {
    String file = SharedData.require("bybit-lorenzobaggi/BTCUSDT_funding.csv.gz").toString();
    JsonNode fit = fit(file);
    assertEquals("fundingRateTimestamp", fit.get("timeColumn").textValue());
    check(fit, report("--csv", file), fit.get("n").intValue(), "8h", "inferred");
  }

  @Test
  void hyperliquidJson() {
    String file =
        SharedData.require("hyperliquid-yuchengzhang/hl_BTC_funding_rates.json.gz").toString();
    JsonNode report = report("--csv", file);
    // SOURCES.md §2: 12192 hourly rows; 24 holes of ~221 h and one of 2 h (one missing hour)
    check(fit(file), report, 12192, "1h", "declared");
    JsonNode gaps = report.get("series").get(0).get("gaps");
    assertEquals(25, gaps.size());
    assertTrue(gaps.get(0).get("missingSettlements").intValue() >= 219, gaps.get(0).toString());
  }

  @Test
  void hyperliquidCsvWithWhere() {
    String file = SharedData.require(
        "hyperliquid-yuchengzhang/hyperliquid_btc_eth_funding_premium_1h.csv.gz").toString();
    String err = CliRun.of("fit", file, "--json").badInput();
    assertTrue(err.contains("holds 2 series (BTC, ETH); choose one with --where coin=BTC"), err);
    check(fit(file, "--where", "coin=BTC"), report("--csv", file, "--where", "coin=BTC"),
        12192, "1h", "declared");
  }

  @Test
  void okxRowsOfTheThreeVenueFileReadTimeUtc() {
    String file =
        SharedData.require("okx-binance-bybit-ahahh/all_exchanges_utc.csv.gz").toString();
    JsonNode fit = fit(file, "--where", "exchange=okx", "--where", "pair=BTCUSDT");
    assertEquals("time_utc", fit.get("timeColumn").textValue());
    // SOURCES.md §3: 1642 rows, a clean 8 h grid at 00/08/16 UTC
    check(fit, report("--csv", file, "--where", "exchange=okx", "--where", "pair=BTCUSDT"),
        1642, "8h", "inferred");
    String err = CliRun.of("fit", file, "--where", "exchange=okx", "--where", "pair=BTCUSDT",
        "--time-column", "time").badInput();
    assertTrue(err.contains("column 'time': settlements step 7 h and 9 h on a 8 h grid")
        && err.contains("--time-column time_utc"), err);
  }

  @Test
  void zushenBybitDeclaresItsIntervals() {
    String file = SharedData.require("zushen-crossvenue/funding_bybit.csv.gz").toString();
    JsonNode fit = fit(file, "--where", "venue_symbol=INJUSDT");
    // 1243 rows declare 8 h or 1 h in interval_hours, one leaves it empty (inferred); the
    // report compares rates across the change from 8 h to 1 h only per hour
    check(fit, report("--csv", file, "--where", "venue_symbol=INJUSDT", "--per-hour"), 1244,
        "mixed", "mixed");
  }

  @Test
  void binancePublicDataZipsBuiltFromRealRates() throws IOException {
    Path source = SharedData.require("binance-gobbles404/BTCUSDT_8h_funding_rates.csv.gz");
    Path june = dir.resolve("BTCUSDT-fundingRate-2023-06.zip");
    Path july = dir.resolve("BTCUSDT-fundingRate-2023-07.zip");
    StringBuilder j6 = new StringBuilder("calc_time,funding_interval_hours,last_funding_rate\n");
    StringBuilder j7 = new StringBuilder(j6);
    try (BufferedReader in = SharedData.open(source)) {
      in.readLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] cells = line.split(",", -1); // symbol,Timestamp,Rate,markPrice (UTC)
        LocalDateTime t = LocalDateTime.parse(cells[1].replace(' ', 'T'));
        // Binance's calc_time carries a few ms of jitter after the settlement
        String row = (t.toInstant(ZoneOffset.UTC).toEpochMilli() + 3) + ",8," + cells[2] + "\n";
        if (t.getYear() == 2023 && t.getMonthValue() == 6) {
          j6.append(row);
        } else if (t.getYear() == 2023 && t.getMonthValue() == 7) {
          j7.append(row);
        }
      }
    }
    zip(june, "BTCUSDT-fundingRate-2023-06.csv", j6.toString());
    zip(july, "BTCUSDT-fundingRate-2023-07.csv", j7.toString());
    // July first: the parts are joined in time order whatever the argument order
    JsonNode fit = fit(july.toString(), june.toString());
    // 30 days × 3 + 31 days × 3 settlements (SOURCES.md §1: every 8 h, no gaps)
    check(fit, report("--csv", july.toString(), "--csv", june.toString()), 183, "8h",
        "declared");
    assertEquals("2023-06-01T00:00:00.003Z", fit.get("from").textValue());
  }

  private static void zip(Path zip, String entry, String text) throws IOException {
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry(entry));
      z.write(text.getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
  }
}
