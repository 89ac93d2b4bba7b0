package dev.fundingkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.series.IntervalSource;
import dev.fundingkit.core.series.RateKind;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each venue payload read from its documented response example (source cited at each test;
 * where the documentation shows one record, a second in the same shape is added so that an
 * interval can be inferred), and the input errors of issues 13 and 15.
 */
class FundingReaderTest {

  private static final FundingReader READER = FundingReader.defaults();

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private FundingSeries one(String name, String text) throws IOException {
    return READER.read(write(name, text)).single();
  }

  private FundingInputException fails(FundingReader reader, String name, String text) {
    return assertThrows(FundingInputException.class, () -> reader.read(write(name, text)));
  }

  // ------------------------------------------------------------------ documented payloads

  @Test
  void binanceFundingRate_restExample() throws IOException {
    // developers.binance.com/docs/derivatives/usds-margined-futures/market-data/rest-api/
    // Get-Funding-Rate-History, response example
    FundingInput in = READER.read(write("binance.json", "[{\"symbol\":\"BTCUSDT\","
        + "\"fundingRate\":\"-0.03750000\",\"fundingTime\":1570608000000,"
        + "\"markPrice\":\"34287.54619963\"},{\"symbol\":\"BTCUSDT\",\"fundingRate\":"
        + "\"0.00010000\",\"fundingTime\":1570636800000,\"markPrice\":\"34287.54619963\"}]"));
    assertEquals(InputFormat.BINANCE_FUNDING_RATE, in.format());
    FundingSeries s = in.single();
    assertEquals("binance-usdm", s.venue().orElseThrow());
    assertEquals("BTCUSDT", s.symbol().orElseThrow());
    assertEquals(-0.0375, s.value(0));
    assertEquals(Instant.ofEpochMilli(1570608000000L), s.firstTime());
    // 1570636800000 − 1570608000000 = 28 800 000 ms = 8 h
    assertEquals(Duration.ofHours(8), s.interval(1));
    assertEquals(IntervalSource.INFERRED, s.intervalSource(1));
  }

  @Test
  void binanceFundingInfo_declaresTheIntervalsOfAHistory() throws IOException {
    // developers.binance.com/docs/derivatives/usds-margined-futures/market-data/rest-api/
    // Get-Funding-Rate-Info, response example
    Path info = write("info.json", "[{\"symbol\":\"BLZUSDT\",\"adjustedFundingRateCap\":"
        + "\"0.02500000\",\"adjustedFundingRateFloor\":\"-0.02500000\","
        + "\"fundingIntervalHours\":8,\"disclaimer\":false}]");
    List<FundingInfo> infos = FundingInfo.read(info);
    assertEquals(List.of(new FundingInfo("BLZUSDT", Duration.ofHours(8),
        new java.math.BigDecimal("0.02500000"), new java.math.BigDecimal("-0.02500000"))), infos);
    FundingInputException e = assertThrows(FundingInputException.class, () -> READER.read(info));
    assertTrue(e.getMessage().contains("fundingInfo payload"), e.getMessage());
    Path history = write("blz.json", "[{\"symbol\":\"BLZUSDT\",\"fundingRate\":\"0.0001\","
        + "\"fundingTime\":1570608000000},{\"symbol\":\"BLZUSDT\",\"fundingRate\":\"0.0002\","
        + "\"fundingTime\":1570636800000},{\"symbol\":\"BLZUSDT\",\"fundingRate\":\"0.0003\","
        + "\"fundingTime\":1570665600000}]");
    FundingSeries s = READER.withDeclaredIntervals(FundingInfo.intervals(infos)).read(history)
        .single();
    assertEquals(IntervalSource.DECLARED, s.commonIntervalSource().orElseThrow());
  }

  @Test
  void bybitFundingHistory_v5Example_newestFirst() throws IOException {
    // bybit-exchange.github.io/docs/v5/market/history-fund-rate, response example (one record,
    // ETHPERP 0.0001 at 1672041600000); an older record 8 h before added, newest first as the
    // API returns them
    FundingInput in = READER.read(write("bybit.json", "{\"retCode\":0,\"retMsg\":\"OK\","
        + "\"result\":{\"category\":\"linear\",\"list\":[{\"symbol\":\"ETHPERP\","
        + "\"fundingRate\":\"0.0001\",\"fundingRateTimestamp\":\"1672041600000\"},"
        + "{\"symbol\":\"ETHPERP\",\"fundingRate\":\"0.0002\",\"fundingRateTimestamp\":"
        + "\"1672012800000\"}]},\"retExtInfo\":{},\"time\":1672051897447}"));
    assertEquals(InputFormat.BYBIT_FUNDING_HISTORY, in.format());
    FundingSeries s = in.single();
    assertEquals("bybit", s.venue().orElseThrow());
    assertEquals(Instant.ofEpochMilli(1672012800000L), s.firstTime());
    assertEquals(0.0002, s.value(0));
    assertEquals(0.0001, s.value(1));
    assertTrue(in.remarks().stream().anyMatch(r -> r.contains("newest first")), in.remarks()
        .toString());
  }

  @Test
  void bybitErrorResponse_isAnInputError() {
    FundingInputException e = fails(READER, "err.json",
        "{\"retCode\":10001,\"retMsg\":\"params error\",\"result\":{},\"time\":1}");
    assertTrue(e.getMessage().contains("error response (retCode '10001')"), e.getMessage());
  }

  private static final String OKX = "{\"code\":\"0\",\"msg\":\"\",\"data\":["
      + "{\"fundingRate\":\"0.0000746572921464\",\"fundingTime\":\"1703059200000\","
      + "\"instId\":\"BTC-USD-SWAP\",\"instType\":\"SWAP\",\"method\":\"next_period\","
      + "\"realizedRate\":\"0.0000746572921464\"},"
      + "{\"fundingRate\":\"0.0001\",\"fundingTime\":\"1703030400000\","
      + "\"instId\":\"BTC-USD-SWAP\",\"instType\":\"SWAP\",\"method\":\"next_period\","
      + "\"realizedRate\":\"0.00009\"}]}";

  @Test
  void okxFundingRateHistory_settledAndRealizedKeptApart() throws IOException {
    // www.okx.com/docs-v5/en/#public-data-rest-api-get-funding-rate-history, response example
    // (first record); a second, older one with a realised rate unlike the settled one added
    Path file = write("okx.json", OKX);
    FundingSeries settled = READER.read(file).single();
    assertEquals(RateKind.SETTLED, settled.kind());
    assertEquals("BTC-USD-SWAP", settled.symbol().orElseThrow());
    assertEquals(0.0001, settled.value(0));
    FundingSeries realized = READER.withKind(RateKind.REALIZED).read(file).single();
    assertEquals(RateKind.REALIZED, realized.kind());
    assertEquals(0.00009, realized.value(0));
    assertFalse(settled.equals(realized));
  }

  @Test
  void hyperliquidFundingHistory_hourlyDeclared() throws IOException {
    // hyperliquid.gitbook.io/hyperliquid-docs/for-developers/api/info-endpoint/perpetuals
    // #retrieve-historical-funding-rates, response example; the next hour added
    FundingSeries s = one("hl.json", "[{\"coin\":\"ETH\",\"fundingRate\":\"-0.00022196\","
        + "\"premium\":\"-0.00052196\",\"time\":1683849600076},{\"coin\":\"ETH\","
        + "\"fundingRate\":\"-0.0001\",\"premium\":\"-0.0004\",\"time\":1683853200000}]");
    assertEquals("hyperliquid", s.venue().orElseThrow());
    assertEquals(Duration.ofHours(1), s.commonInterval().orElseThrow());
    assertEquals(IntervalSource.DECLARED, s.commonIntervalSource().orElseThrow());
    assertEquals(-0.00022196, s.value(0));
  }

  @Test
  void dydxHistoricalFunding_hourlyDeclared_newestFirst() throws IOException {
    // docs.dydx.exchange/api_integration-indexer/indexer_api#gethistoricalfunding, response
    // shape {historicalFunding: [{ticker, rate, price, effectiveAtHeight, effectiveAt}]}
    FundingSeries s = one("dydx.json", "{\"historicalFunding\":[{\"ticker\":\"BTC-USD\","
        + "\"rate\":\"0.0000125\",\"price\":\"67000.5\",\"effectiveAtHeight\":\"20000001\","
        + "\"effectiveAt\":\"2024-05-01T01:00:00.512Z\"},{\"ticker\":\"BTC-USD\",\"rate\":"
        + "\"-0.000003\",\"price\":\"66990\",\"effectiveAtHeight\":\"19998800\","
        + "\"effectiveAt\":\"2024-05-01T00:00:00.421Z\"}]}");
    assertEquals("dydx", s.venue().orElseThrow());
    assertEquals("BTC-USD", s.symbol().orElseThrow());
    assertEquals(-0.000003, s.value(0));
    assertEquals(IntervalSource.DECLARED, s.intervalSource(0));
    assertEquals(Duration.ofHours(1), s.interval(0));
  }

  private static final String DERIBIT = "{\"jsonrpc\":\"2.0\",\"id\":7617,\"result\":["
      + "{\"timestamp\":1569891600000,\"index_price\":8222.87,\"prev_index_price\":8305.72,"
      + "\"interest_8h\":-0.00009234260068476106,\"interest_1h\":-4.739622041017375e-7},"
      + "{\"timestamp\":1569895200000,\"index_price\":8241.2,\"prev_index_price\":8222.87,"
      + "\"interest_8h\":-0.00009,\"interest_1h\":-5.0e-7}]}";

  @Test
  void deribitFundingRateHistory_readsInterest1hNotTheTrailing8h() throws IOException {
    // docs.deribit.com/api-reference/market-data/public-get_funding_rate_history, response
    // example (first record); the next hour added
    FundingSeries s = one("deribit.json", DERIBIT);
    assertEquals("deribit", s.venue().orElseThrow());
    assertEquals(-4.739622041017375e-7, s.value(0));
    assertEquals(Duration.ofHours(1), s.commonInterval().orElseThrow());
    FundingInputException e = fails(READER.withValueColumn("interest_8h"), "d.json", DERIBIT);
    assertTrue(e.getMessage().contains("counts each hour 8 times"), e.getMessage());
  }

  private static final String KRAKEN = "{\"rates\":[{\"timestamp\":\"2022-06-28T00:00:00.000Z\","
      + "\"fundingRate\":-8.15861558e-10,\"relativeFundingRate\":-1.6898883333333e-05},"
      + "{\"timestamp\":\"2022-06-28T01:00:00.000Z\",\"fundingRate\":-5.0e-10,"
      + "\"relativeFundingRate\":-1.0e-05}],\"result\":\"success\","
      + "\"serverTime\":\"2022-06-28T09:29:04.970Z\"}";

  @Test
  void krakenHistoricalFundingRates_relativeIsTheRate() throws IOException {
    // docs.kraken.com/api-reference/historical-funding-rates/historical-funding-rates,
    // response example (first record); the next hour added
    FundingSeries s = one("kraken.json", KRAKEN);
    assertEquals("kraken", s.venue().orElseThrow());
    assertEquals(-1.6898883333333e-05, s.value(0));
    assertEquals(Duration.ofHours(1), s.interval(1));
    assertEquals(IntervalSource.INFERRED, s.intervalSource(1));
    FundingInputException e = fails(READER.withValueColumn("fundingRate"), "k.json", KRAKEN);
    assertTrue(e.getMessage().contains("absolute amount per contract"), e.getMessage());
  }

  @Test
  void ccxtFundingRateHistory_jsonAndCsv() throws IOException {
    // docs.ccxt.com, "Funding Rate History Structure": {info, symbol, fundingRate, timestamp,
    // datetime}
    FundingInput json = READER.read(write("ccxt.json", "[{\"info\":{\"fundingRate\":\"0.0001\"},"
        + "\"symbol\":\"BTC/USDT:USDT\",\"fundingRate\":0.0001,\"timestamp\":1640995200000,"
        + "\"datetime\":\"2022-01-01T00:00:00.000Z\"},{\"info\":{},\"symbol\":\"BTC/USDT:USDT\","
        + "\"fundingRate\":0.0002,\"timestamp\":1641024000000,"
        + "\"datetime\":\"2022-01-01T08:00:00.000Z\"}]"));
    assertEquals(InputFormat.CCXT_FUNDING_RATE_HISTORY, json.format());
    assertEquals("BTC/USDT:USDT", json.single().symbol().orElseThrow());
    FundingInput csv = READER.read(write("ccxt.csv", "symbol,timestamp,fundingRate,info\n"
        + "BTC/USDT:USDT,1640995200000,0.0001,{}\nBTC/USDT:USDT,1641024000000,0.0002,{}\n"));
    assertEquals(InputFormat.CCXT_FUNDING_RATE_HISTORY, csv.format());
    assertEquals(json.single().values()[1], csv.single().values()[1]);
  }

  @Test
  void formatOverride_andGzipOfJson() throws IOException {
    Path gz = dir.resolve("hl.json.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(("[{\"coin\":\"BTC\",\"funding_rate\":\"0.00001\",\"time\":1704067200000},"
          + "{\"coin\":\"BTC\",\"funding_rate\":\"0.00002\",\"time\":1704070800000}]")
          .getBytes(StandardCharsets.UTF_8));
    }
    // without premium the shape is generic JSON: intervals inferred
    assertEquals(IntervalSource.INFERRED, READER.read(gz).single().intervalSource(1));
    FundingSeries forced =
        READER.withFormat(InputFormat.HYPERLIQUID_FUNDING_HISTORY).read(gz).single();
    assertEquals(IntervalSource.DECLARED, forced.intervalSource(1));
  }

  // ------------------------------------------------------------------ errors

  @Test
  void impossibleCalendarDateInACell_isAnError() {
    FundingInputException e = fails(READER, "d.csv",
        "time,rate\n2024-02-28T00:00:00Z,1\n2024-02-30T00:00:00Z,2\n");
    assertEquals(3, e.line());
    assertEquals("time", e.column().orElseThrow());
    assertTrue(e.getMessage().contains("'2024-02-30T00:00:00Z' is not a timestamp"),
        e.getMessage());
  }

  @Test
  void severalSymbols_areSeveralSeries_andSingleListsThem() throws IOException {
    FundingInput in = READER.read(write("multi.csv", "symbol,time,rate\n"
        + "BTCUSDT,2024-01-01T00:00:00Z,1\nETHUSDT,2024-01-01T00:00:00Z,2\n"
        + "BTCUSDT,2024-01-01T08:00:00Z,3\nETHUSDT,2024-01-01T08:00:00Z,4\n"));
    assertEquals(List.of(SeriesKey.ofNullable(null, "BTCUSDT"),
        SeriesKey.ofNullable(null, "ETHUSDT")), List.copyOf(in.series().keySet()));
    assertEquals(3.0, in.series().get(SeriesKey.ofNullable(null, "BTCUSDT")).value(1));
    FundingInputException e = assertThrows(FundingInputException.class, in::single);
    assertTrue(e.getMessage().endsWith("holds 2 series (BTCUSDT, ETHUSDT); choose one with"
        + " --where symbol=BTCUSDT"), e.getMessage());
  }

  @Test
  void daylightSavingSpacing_isAnErrorNamingTheColumn() {
    StringBuilder csv = new StringBuilder("time,rate\n");
    // London wall clock across 2023-03-26: 00/08/16 GMT, then 01/09/17 BST
    String[] times = {"2023-03-24 00:00", "2023-03-24 08:00", "2023-03-24 16:00",
        "2023-03-25 00:00", "2023-03-25 08:00", "2023-03-25 16:00", "2023-03-26 00:00",
        "2023-03-26 09:00", "2023-03-26 17:00", "2023-03-27 01:00", "2023-03-27 09:00",
        "2023-03-27 17:00", "2023-03-28 01:00", "2023-03-28 09:00", "2023-03-28 17:00",
        "2023-03-29 01:00", "2023-03-29 09:00", "2023-03-29 17:00", "2023-03-30 01:00",
        "2023-03-30 09:00", "2023-03-30 17:00", "2023-03-31 01:00", "2023-03-31 09:00",
        "2023-10-28 17:00", "2023-10-29 01:00", "2023-10-29 08:00", "2023-10-29 16:00"};
    for (String t : times) {
      csv.append(t).append(":00,0.0001\n");
    }
    FundingInputException e = fails(READER, "london.csv", csv.toString());
    assertEquals("time", e.column().orElseThrow());
    assertTrue(e.getMessage().contains("step 7 h and 9 h on a 8 h grid"), e.getMessage());
  }

  @Test
  void directory_truncatedGzip_quoteError_nameFileAndLine() throws IOException {
    FundingInputException d = assertThrows(FundingInputException.class, () -> READER.read(dir));
    assertEquals(dir + ": is a directory, expected a file", d.getMessage());

    StringBuilder big = new StringBuilder("time,rate\n");
    for (int i = 0; i < 20_000; i++) {
      big.append(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(3600L * i)).append(",0.0001\n");
    }
    Path gz = dir.resolve("cut.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(big.toString().getBytes(StandardCharsets.UTF_8));
    }
    byte[] bytes = Files.readAllBytes(gz);
    Files.write(gz, Arrays.copyOf(bytes, bytes.length / 2));
    FundingInputException t = assertThrows(FundingInputException.class, () -> READER.read(gz));
    assertTrue(t.getMessage().startsWith(gz + " line ")
        && t.getMessage().contains("truncated or corrupt compressed data"), t.getMessage());

    FundingInputException q = fails(READER, "q.csv",
        "time,rate\n2024-01-01T00:00:00Z,1\n2024-01-01T08:00:00Z,\"2\"x\n");
    assertEquals(3, q.line());
    assertTrue(q.getMessage().contains("CSV quote error"), q.getMessage());
  }

  @Test
  void oversizedCell_isQuotedTruncated_binaryHeaderNotEchoed() throws IOException {
    String huge = "9".repeat(10 << 20) + "x";
    FundingInputException e = fails(READER, "huge.csv",
        "time,rate\n2024-01-01T00:00:00Z," + huge + "\n");
    assertTrue(e.getMessage().length() < 300, () -> "message length " + e.getMessage().length());
    assertTrue(e.getMessage().contains("…' (10485761 chars)"), e.getMessage());

    Path bin = dir.resolve("bin.csv");
    byte[] junk = new byte[200];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i % 7 == 0 ? ',' : i % 31);
    }
    Files.write(bin, junk);
    FundingInputException b = assertThrows(FundingInputException.class, () -> READER.read(bin));
    assertTrue(b.getMessage().contains("binary data"), b.getMessage());
    assertFalse(b.getMessage().chars().anyMatch(c -> c < 0x20), b.getMessage());
  }

  @Test
  void severalFiles_joinInTimeOrder_andMustNotOverlap() throws IOException {
    Path a = write("a.csv", "time,rate\n2024-01-01T00:00:00Z,1\n2024-01-01T08:00:00Z,2\n");
    Path b = write("b.csv", "time,rate\n2024-01-01T16:00:00Z,3\n2024-01-02T00:00:00Z,4\n");
    FundingSeries s = READER.read(List.of(b, a)).single();
    assertEquals(List.of(1.0, 2.0, 3.0, 4.0),
        Arrays.stream(s.values()).boxed().toList());
    Path c = write("c.csv", "time,rate\n2024-01-01T08:00:00Z,9\n2024-01-01T16:00:00Z,9\n");
    FundingInputException e =
        assertThrows(FundingInputException.class, () -> READER.read(List.of(a, c)));
    assertTrue(e.getMessage().contains("overlaps"), e.getMessage());
  }

  @Test
  void emptyRateCells_areSkippedWithARemark() throws IOException {
    FundingInput in = READER.read(write("e.csv", "time,rate\n2024-01-01T00:00:00Z,1\n"
        + "2024-01-01T04:00:00Z,\n2024-01-01T08:00:00Z,2\n2024-01-01T16:00:00Z,3\n"));
    assertEquals(3, in.single().size());
    assertTrue(in.remarks().contains(dir.resolve("e.csv") + ": skipped 1 row with an empty"
        + " 'rate' cell"), in.remarks().toString());
  }

  @Test
  void nulls() {
    new NullPointerTester().setDefault(Path.class, dir)
        .setDefault(InputFormat.class, InputFormat.CSV)
        .setDefault(RowFilter.class, RowFilter.parse("a=b"))
        .setDefault(Map.class, Map.of())
        .testAllPublicInstanceMethods(READER);
    new NullPointerTester().testAllPublicStaticMethods(FundingReader.class);
  }

  @Test
  void longPlainFile_readsTheSeriesTheBuilderMakesOfItsPoints() throws IOException {
    // Thousands of rows cross the reader's 32 Ki-row chunks and 64 KiB buffers: the oracle is
    // the builder fed the generated points one by one. A gap and a change of interval in the
    // middle keep the inference honest; symbol and kind labels stay.
    int n = 70_000;
    StringBuilder csv = new StringBuilder("symbol,time,rate\n");
    FundingSeries.Builder expected = FundingSeries.builder();
    long t = 1_577_836_800_000L;
    for (int i = 0; i < n; i++) {
      t += i == n / 2 ? 86_400_000L : i > 2 * n / 3 ? 3_600_000L : 28_800_000L;
      double v = Math.sin(i) * 1e-4;
      csv.append("BTCUSDT,").append(t).append(',').append(v).append('\n');
      expected.add(t, v);
    }
    FundingSeries want = expected.build().withSymbol("BTCUSDT").withKind(RateKind.REALIZED);
    FundingSeries got = READER.withKind(RateKind.REALIZED)
        .read(write("long.csv", csv.toString())).single();
    assertEquals(want.size(), got.size());
    for (int i = 0; i < n; i++) {
      assertEquals(want.epochMilli(i), got.epochMilli(i), "time " + i);
      assertEquals(Double.doubleToRawLongBits(want.value(i)),
          Double.doubleToRawLongBits(got.value(i)), "value " + i);
      assertEquals(want.intervalMillis(i), got.intervalMillis(i), "interval " + i);
      assertEquals(want.intervalSource(i), got.intervalSource(i), "source " + i);
    }
    assertEquals(want.symbol(), got.symbol());
    assertEquals(want.kind(), got.kind());
    assertEquals(want.toString(), got.toString());
  }
}
