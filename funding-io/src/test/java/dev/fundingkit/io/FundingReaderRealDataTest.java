package dev.fundingkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.series.IntervalSource;
import dev.fundingkit.core.testing.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The shared real files (../shared/data, see its SOURCES.md) read with no column named: the
 * detected columns, row counts and interval sources are those SOURCES.md documents.
 */
class FundingReaderRealDataTest {

  private static final FundingReader READER = FundingReader.defaults();

  @Test
  void bybitExportReadsFundingRateTimestampWithNoColumnNamed() throws IOException {
    Path file = SharedData.require("bybit-lorenzobaggi/BTCUSDT_funding.csv.gz");
    FundingInput in = READER.read(file);
    assertEquals(InputFormat.BYBIT_FUNDING_HISTORY, in.format());
    assertEquals("fundingRateTimestamp", in.timeColumn());
    FundingSeries s = in.single();
    assertEquals("bybit", s.venue().orElseThrow());
    assertEquals("BTCUSDT", s.symbol().orElseThrow());
    // first row of the file: BTCUSDT,0.00024639,2023-01-01 00:00:00+0000
    assertEquals(Instant.parse("2023-01-01T00:00:00Z"), s.firstTime());
    assertEquals(0.00024639, s.value(0));
    assertEquals(IntervalSource.INFERRED, s.commonIntervalSource().orElseThrow());
    assertEquals(Duration.ofHours(8), s.interval(1));
  }

  @Test
  void hyperliquidFundingHistoryJsonIsHourlyDeclared() throws IOException {
    Path file = SharedData.require("hyperliquid-yuchengzhang/hl_BTC_funding_rates.json.gz");
    FundingInput in = READER.read(file);
    assertEquals(InputFormat.HYPERLIQUID_FUNDING_HISTORY, in.format());
    FundingSeries s = in.single();
    // SOURCES.md §2: 12192 rows, 2024-01-01 00:00 .. 2025-12-28 23:00 UTC, 24 holes of ~220 h
    assertEquals(12192, s.size());
    assertEquals(IntervalSource.DECLARED, s.commonIntervalSource().orElseThrow());
    assertEquals(Duration.ofHours(1), s.commonInterval().orElseThrow());
    assertEquals(0.0000617991, s.value(0));
    // the 24 holes of ~221 h, plus one 2 h step (one missing hour), counted with python over
    // the JSON's time field: steps > 1 h + 1 min are 24 × ~221 h, one 2.00 h and one 1.03 h
    // (a late settlement, not a hole)
    assertEquals(25, s.gaps().size());
  }

  @Test
  void hyperliquidCsvNeedsWhereAndThenReadsTimeUtcAndDeclaredHour() throws IOException {
    Path file =
        SharedData.require("hyperliquid-yuchengzhang/hyperliquid_btc_eth_funding_premium_1h.csv.gz");
    FundingInputException e =
        assertThrows(FundingInputException.class, () -> READER.read(file).single());
    assertTrue(e.getMessage().contains("BTC") && e.getMessage().contains("ETH")
        && e.getMessage().contains("--where coin="), e.getMessage());
    FundingInput in = READER.withFilter(RowFilter.parse("coin=BTC")).read(file);
    assertEquals("time_utc", in.timeColumn());
    assertEquals("funding_rate_1h", in.valueColumn());
    FundingSeries s = in.single();
    assertEquals(12192, s.size());
    assertEquals(IntervalSource.DECLARED, s.commonIntervalSource().orElseThrow());
    assertEquals(Duration.ofHours(1), s.commonInterval().orElseThrow());
  }

  @Test
  void okxRowsOfTheThreeVenueFileReadTimeUtcNotTheLondonWallClock() throws IOException {
    Path file = SharedData.require("okx-binance-bybit-ahahh/all_exchanges_utc.csv.gz");
    FundingInput in = READER.withFilter(RowFilter.parse("exchange=okx"))
        .withFilter(RowFilter.parse("pair=BTCUSDT")).read(file);
    assertEquals("time_utc", in.timeColumn());
    assertEquals("funding rate", in.valueColumn());
    FundingSeries s = in.single();
    // SOURCES.md §3: 1642 rows per series, a clean 8 h grid 2023-01-01 .. 2024-07-01 UTC
    assertEquals(1642, s.size());
    assertEquals(Instant.parse("2024-07-01T00:00:00Z"), s.lastTime());
    assertEquals(Duration.ofHours(8), s.commonInterval().orElseThrow());
    assertEquals(0, s.gaps().size());
  }

  @Test
  void theLondonWallClockColumnIsADaylightSavingErrorNamingTheUtcColumn() throws IOException {
    Path file = SharedData.require("okx-binance-bybit-ahahh/all_exchanges_utc.csv.gz");
    FundingReader reader = READER.withTimeColumn("time")
        .withFilter(RowFilter.parse("exchange=okx")).withFilter(RowFilter.parse("pair=BTCUSDT"));
    FundingInputException e = assertThrows(FundingInputException.class, () -> reader.read(file));
    assertEquals("time", e.column().orElseThrow());
    assertTrue(e.line() > 1, e.getMessage());
    assertTrue(e.getMessage().contains("7 h and 9 h on a 8 h grid")
        && e.getMessage().contains("--time-column time_utc"), e.getMessage());
  }

  @Test
  void zushenBybitIntervalsAreDeclaredByTheFile() throws IOException {
    Path file = SharedData.require("zushen-crossvenue/funding_bybit.csv.gz");
    FundingInput in = READER.withFilter(RowFilter.parse("venue_symbol=INJUSDT")).read(file);
    assertEquals("settlement_ts", in.timeColumn());
    assertEquals("rate_raw", in.valueColumn());
    FundingSeries s = in.single();
    // zcat | awk: 1073 rows with interval_hours 8, 170 with 1, and one (2026-02-27T00:00Z)
    // with the cell empty, whose interval alone is inferred
    assertEquals(1244, s.size());
    int declared = 0;
    for (int i = 0; i < s.size(); i++) {
      declared += s.intervalSource(i) == IntervalSource.DECLARED ? 1 : 0;
    }
    assertEquals(1243, declared);
    assertEquals(IntervalSource.INFERRED,
        s.intervalSource(s.indexAtOrBefore(Instant.parse("2026-02-27T00:00:00Z"))));
    assertTrue(s.commonInterval().isEmpty());
    assertEquals("mixed", s.intervalSourceLabel());
  }
}
