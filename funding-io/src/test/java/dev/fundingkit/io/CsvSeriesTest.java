package dev.fundingkit.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.testing.SharedData;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSeriesTest {

  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
  private static final Instant T1 = Instant.parse("2025-01-01T08:00:00Z");
  private static final Instant T2 = Instant.parse("2025-01-01T16:00:00Z");

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    if (name.endsWith(".gz")) {
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      }
    } else {
      Files.writeString(file, text);
    }
    return file;
  }

  private CsvSeries read(String name, String text) throws IOException {
    return CsvSeries.read(write(name, text), SeriesColumns.defaults());
  }

  private FundingInputException fails(String text, SeriesColumns columns) throws IOException {
    Path file = write("bad.csv", text);
    return assertThrows(FundingInputException.class, () -> CsvSeries.read(file, columns));
  }

  private FundingInputException fails(String text) throws IOException {
    return fails(text, SeriesColumns.defaults());
  }

  @Test
  void isoTimes_defaultColumns_linesAndValues() throws IOException {
    CsvSeries series = read("a.csv",
        "time,rate\n2025-01-01T00:00:00Z,0.0001\n2025-01-01T08:00:00Z,-2.5e-05\n"
            + "2025-01-01T16:00:00Z,0\n");
    assertEquals(3, series.size());
    assertArrayEquals(new Instant[] {T0, T1, T2}, series.times());
    assertArrayEquals(new double[] {0.0001, -2.5e-05, 0}, series.values(), 0);
    assertEquals("time", series.timeColumn());
    assertEquals(List.of("rate"), series.valueColumns());
    assertEquals(2, series.line(0));
    assertEquals(4, series.line(2));
    assertEquals(List.of(), series.notes());
  }

  @Test
  void gzip_byNameOrByContent() throws IOException {
    String text = "timestamp,value\n2025-01-01T00:00:00Z,1\n2025-01-01T08:00:00Z,2\n";
    CsvSeries gz = read("a.csv.gz", text);
    assertArrayEquals(new double[] {1, 2}, gz.values(), 0);
    Path misnamed = write("b.csv.gz", text);
    Path plainName = dir.resolve("b.csv");
    Files.move(misnamed, plainName);
    assertEquals(2, CsvSeries.read(plainName, SeriesColumns.defaults()).size());
  }

  @Test
  void zonelessTimes_areUtc_andSaySo() throws IOException {
    CsvSeries series = read("g.csv",
        "symbol,Timestamp,Rate,markPrice\nBTCUSDT,2025-01-01 00:00:00,2.096e-05,\n"
            + "BTCUSDT,2025-01-01 08:00:00,9.641e-05,\n");
    assertArrayEquals(new Instant[] {T0, T1}, series.times());
    assertEquals("Timestamp", series.timeColumn());
    assertEquals(List.of("Rate"), series.valueColumns());
    assertEquals(List.of("time column 'Timestamp' has no zone; read as UTC"), series.notes());
  }

  @Test
  void epochMillisAndSeconds_detectedByMagnitude() throws IOException {
    CsvSeries millis = read("m.csv", "calc_time,funding_interval_hours,last_funding_rate\n"
        + T0.toEpochMilli() + ",8,0.0001\n" + T1.toEpochMilli() + ",8,0.00012\n");
    assertArrayEquals(new Instant[] {T0, T1}, millis.times());
    assertEquals(List.of("last_funding_rate"), millis.valueColumns());
    assertEquals(List.of("time column 'calc_time' read as epoch milliseconds"), millis.notes());
    CsvSeries seconds = read("s.csv",
        "time,rate\n" + T0.getEpochSecond() + ",1\n" + T1.getEpochSecond() + ",2\n");
    assertArrayEquals(new Instant[] {T0, T1}, seconds.times());
    assertEquals(List.of("time column 'time' read as epoch seconds"), seconds.notes());
  }

  @Test
  void offsetTimes_bybitStyle() throws IOException {
    CsvSeries series = read("b.csv", "symbol,fundingRate,time\n"
        + "BTCUSDT,0.00024639,2025-01-01 00:00:00+0000\nBTCUSDT,0.0003643,2025-01-01 08:00:00+0000\n");
    assertArrayEquals(new Instant[] {T0, T1}, series.times());
    assertEquals(List.of("fundingRate"), series.valueColumns());
  }

  @Test
  void severalDefaultColumns_takesTheFirstAndSaysWhich() throws IOException {
    CsvSeries series = read("d.csv", "funding_time_utc,time,funding_rate,rate\n"
        + "2025-01-01T00:00:00Z,2025-01-01 01:00:00,1,9\n");
    assertEquals("time", series.timeColumn());
    assertEquals("rate", series.valueColumns().get(0));
    assertEquals(T0.plusSeconds(3600), series.times()[0]);
    assertTrue(series.notes().contains(
        "using time column 'time' (also present: funding_time_utc)"), series.notes().toString());
  }

  @Test
  void explicitColumns_whereFilters_severalValueColumns() throws IOException {
    Path file = write("hl.csv", "coin,time_ms,time_utc,funding_rate_1h,premium\n"
        + "BTC," + T0.toEpochMilli() + ",x,0.0000617991,0.0009943926\n"
        + "ETH," + T0.toEpochMilli() + ",x,0.00001,0.0002\n"
        + "BTC," + T1.toEpochMilli() + ",x,0.0000400063,0.0008200502\n");
    SeriesColumns columns = SeriesColumns.defaults().withTimeColumn("time_ms")
        .withValueColumns(List.of("premium", "funding_rate_1h"))
        .withFilter(RowFilter.parse("coin=BTC"));
    CsvSeries series = CsvSeries.read(file, columns);
    assertEquals(2, series.size());
    assertArrayEquals(new double[] {0.0009943926, 0.0008200502}, series.values(0), 0);
    assertArrayEquals(new double[] {0.0000617991, 0.0000400063}, series.values(1), 0);
    assertEquals(4, series.line(1));
    assertEquals(List.of("premium", "funding_rate_1h"), series.valueColumns());
  }

  @Test
  void byteOrderMark_isIgnored() throws IOException {
    CsvSeries series = read("bom.csv", "\uFEFFtime,rate\n2025-01-01T00:00:00Z,1\n");
    assertEquals("time", series.timeColumn());
  }

  @Test
  void emptyFile_andHeaderOnly() throws IOException {
    FundingInputException empty = fails("");
    assertTrue(empty.getMessage().endsWith("bad.csv: empty file, expected a header row"),
        empty.getMessage());
    FundingInputException headerOnly = fails("time,rate\n");
    assertTrue(headerOnly.getMessage().contains("no data rows"), headerOnly.getMessage());
  }

  @Test
  void missingColumn_namesTheHeader() throws IOException {
    FundingInputException noDefault = fails("when,what\n2025-01-01T00:00:00Z,1\n");
    assertEquals(1, noDefault.line());
    assertTrue(noDefault.getMessage().contains("no time column found (tried time, timestamp"),
        noDefault.getMessage());
    assertTrue(noDefault.getMessage().contains("columns are: when, what"));
    FundingInputException explicit = fails("time,rate\n2025-01-01T00:00:00Z,1\n",
        SeriesColumns.defaults().withValueColumns(List.of("premium")));
    assertEquals(Optional.of("premium"), explicit.column());
    assertTrue(explicit.getMessage().contains("bad.csv line 1, column 'premium': no such value"
        + " column; columns are: time, rate"), explicit.getMessage());
    FundingInputException filter = fails("time,rate\n2025-01-01T00:00:00Z,1\n",
        SeriesColumns.defaults().withFilter(RowFilter.parse("symbol=BTCUSDT")));
    assertEquals(Optional.of("symbol"), filter.column());
  }

  @Test
  void duplicateTime_namesBothLines() throws IOException {
    FundingInputException e = fails(
        "time,rate\n2025-01-01T00:00:00Z,1\n2025-01-01T08:00:00Z,2\n2025-01-01T08:00:00Z,3\n");
    assertEquals(4, e.line());
    assertEquals(Optional.of("time"), e.column());
    assertTrue(e.getMessage().contains(
        "bad.csv line 4, column 'time': duplicate time 2025-01-01T08:00:00Z (same as line 3)"),
        e.getMessage());
  }

  @Test
  void unsortedRows() throws IOException {
    FundingInputException e = fails(
        "time,rate\n2025-01-01T08:00:00Z,1\n2025-01-01T00:00:00Z,2\n");
    assertEquals(3, e.line());
    assertTrue(e.problem().contains("before line 2"), e.getMessage());
  }

  @Test
  void unsortedAcrossSymbols_isFineOnceFiltered() throws IOException {
    Path file = write("two.csv", "symbol,time,rate\nA,2025-01-01T00:00:00Z,1\n"
        + "A,2025-01-01T08:00:00Z,2\nB,2025-01-01T00:00:00Z,3\n");
    assertThrows(FundingInputException.class, () -> CsvSeries.read(file, SeriesColumns.defaults()));
    assertEquals(1, CsvSeries.read(file,
        SeriesColumns.defaults().withFilter(RowFilter.parse("symbol=B"))).size());
  }

  @Test
  void anyTimeOrder_keepsFileOrderAndRepeats() throws IOException {
    Path file = write("two.csv", "symbol,time,rate\nA,2025-01-01T08:00:00Z,1\n"
        + "B,2025-01-01T00:00:00Z,2\nC,2025-01-01T00:00:00Z,3\n");
    CsvSeries series = CsvSeries.read(file, SeriesColumns.defaults().withAnyTimeOrder());
    assertArrayEquals(new Instant[] {T1, T0, T0}, series.times());
    assertArrayEquals(new double[] {1, 2, 3}, series.values(), 0);
  }

  @Test
  void badCells_nameLineAndColumn() throws IOException {
    FundingInputException nan = fails("time,rate\n2025-01-01T00:00:00Z,NaN\n");
    assertEquals("line 2, column 'rate': 'NaN' is not a decimal number",
        nan.getMessage().substring(nan.getMessage().indexOf("line ")));
    FundingInputException text = fails("time,rate\n2025-01-01T00:00:00Z,1\n2025-01-01T08:00:00Z,x\n");
    assertEquals(3, text.line());
    FundingInputException blank = fails("time,rate\n2025-01-01T00:00:00Z,\n");
    assertTrue(blank.problem().contains("empty cell"), blank.getMessage());
    FundingInputException time = fails("time,rate\nyesterday,1\n");
    assertEquals(Optional.of("time"), time.column());
    assertTrue(time.problem().startsWith("'yesterday' is not a timestamp"), time.getMessage());
    FundingInputException shortRow = fails("time,rate,x\n2025-01-01T00:00:00Z,1\n");
    assertTrue(shortRow.problem().contains("row has 2 cells but the header has 3"));
  }

  @Test
  void noRowMatches_listsValuesSeen() throws IOException {
    FundingInputException e = fails("symbol,time,rate\nBTCUSDT,2025-01-01T00:00:00Z,1\n",
        SeriesColumns.defaults().withFilter(RowFilter.parse("symbol=SOLUSDT")));
    assertTrue(e.getMessage().endsWith(
        "no row matches symbol=SOLUSDT (values in 'symbol' include BTCUSDT)"), e.getMessage());
  }

  @Test
  void missingFile_isAnInputErrorNamingTheFile() {
    FundingInputException e = assertThrows(FundingInputException.class,
        () -> CsvSeries.read(dir.resolve("nope.csv"), SeriesColumns.defaults()));
    assertEquals(dir.resolve("nope.csv") + ": no such file", e.getMessage());
  }

  @Test
  void nulls() {
    new NullPointerTester()
        .setDefault(Path.class, dir.resolve("none.csv"))
        .setDefault(SeriesColumns.class, SeriesColumns.defaults())
        .testAllPublicStaticMethods(CsvSeries.class);
  }

  // Real venue files (skipped when ../shared/data is absent).

  @Test
  void real_binanceStitched_btc() throws IOException {
    CsvSeries series = CsvSeries.read(
        SharedData.require("binance_btc_eth_funding_8h_2020_2026_stitched.csv.gz"),
        SeriesColumns.defaults().withFilter(RowFilter.parse("symbol=BTCUSDT")));
    assertEquals(7273, series.size());
    assertEquals("funding_time_utc", series.timeColumn());
    assertEquals(List.of("funding_rate"), series.valueColumns());
    assertEquals(Instant.parse("2020-01-01T00:00:00Z"), series.times()[0]);
    assertEquals(-0.00012359, series.values()[0], 0);
    assertEquals(Instant.parse("2026-08-21T00:00:00Z"), series.times()[7272]);
  }

  @Test
  void real_hyperliquidWithPremium() throws IOException {
    Path file = SharedData.require(
        "hyperliquid-yuchengzhang/hyperliquid_btc_eth_funding_premium_1h.csv.gz");
    CsvSeries btc = CsvSeries.read(file, SeriesColumns.defaults().withTimeColumn("time_ms")
        .withValueColumns(List.of("premium", "funding_rate_1h"))
        .withFilter(RowFilter.parse("coin=BTC")));
    assertEquals(12192, btc.size());
    assertEquals(0.0009943926, btc.values(0)[0], 0);
    assertEquals(0.0000617991, btc.values(1)[0], 0);
    // BTC then ETH in one file: unfiltered, time goes back at the first ETH row.
    FundingInputException mixed = assertThrows(FundingInputException.class,
        () -> CsvSeries.read(file, SeriesColumns.defaults().withTimeColumn("time_ms")
            .withValueColumns(List.of("funding_rate_1h"))));
    assertEquals(12194, mixed.line());
  }

  @Test
  void real_gobbles404_binanceApiExport() throws IOException {
    CsvSeries series = CsvSeries.read(
        SharedData.require("binance-gobbles404/BTCUSDT_8h_funding_rates.csv.gz"),
        SeriesColumns.defaults());
    assertEquals(1945, series.size());
    assertEquals(Instant.parse("2023-06-01T00:00:00Z"), series.times()[0]);
    assertEquals(2.096e-05, series.values()[0], 0);
  }

  @Test
  void real_bybitAndMultiVenueAndOkx() throws IOException {
    assertEquals(2599, CsvSeries.read(SharedData.require("bybit-lorenzobaggi/BTCUSDT_funding.csv.gz"),
        SeriesColumns.defaults().withTimeColumn("fundingRateTimestamp")).size());
    assertEquals(4383, CsvSeries.read(
        SharedData.require("supervik-multivenue/funding_btc_eth_7venues_utc.csv.gz"),
        SeriesColumns.defaults().withFilter(RowFilter.parse("venue=binance"))
            .withFilter(RowFilter.parse("symbol=BTC-USDT"))).size());
    CsvSeries okx = CsvSeries.read(
        SharedData.require("okx-binance-bybit-ahahh/all_exchanges_utc.csv.gz"),
        SeriesColumns.defaults().withTimeColumn("time_utc").withValueColumns(List.of("funding rate"))
            .withFilter(RowFilter.parse("exchange=okx")).withFilter(RowFilter.parse("pair=BTCUSDT")));
    assertEquals(1642, okx.size());
    assertEquals(Instant.parse("2024-07-01T00:00:00Z"), okx.times()[1641]);
    assertEquals(46726 > 0, CsvSeries.read(
        SharedData.require("zushen-crossvenue/funding_binance.csv.gz"),
        SeriesColumns.defaults().withTimeColumn("settlement_ts").withValueColumns(List.of("rate_raw"))
            .withFilter(RowFilter.parse("venue_symbol=BTCUSDT"))).size() > 1000);
  }
}
