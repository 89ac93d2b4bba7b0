package dev.fundingkit.io;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One symbol's funding terms as Binance publishes them in {@code GET /fapi/v1/fundingInfo}:
 * its interval and its adjusted cap and floor (only symbols whose terms were adjusted are
 * listed). {@link #intervals(List)} gives the map {@link FundingReader#withDeclaredIntervals}
 * takes, so a rate history of those symbols has its intervals {@code DECLARED}.
 *
 * @param symbol the symbol, such as {@code BLZUSDT}
 * @param interval the funding interval, positive
 * @param cap the adjusted funding rate cap as published (a fraction per interval)
 * @param floor the adjusted funding rate floor as published (a fraction per interval)
 */
public record FundingInfo(String symbol, Duration interval, BigDecimal cap, BigDecimal floor) {

  /**
   * Validates the terms.
   *
   * @param symbol the symbol, not blank
   * @param interval the funding interval, positive
   * @param cap the cap as published
   * @param floor the floor as published, not above the cap
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the symbol is blank, the interval not positive or the
   *     floor above the cap
   */
  public FundingInfo {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(cap, "cap");
    Objects.requireNonNull(floor, "floor");
    if (symbol.isBlank()) {
      throw new IllegalArgumentException("symbol must not be blank, was '" + symbol + "'");
    }
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval must be positive, was " + interval);
    }
    if (floor.compareTo(cap) > 0) {
      throw new IllegalArgumentException("floor must not be above cap (" + cap + "), was "
          + floor);
    }
  }

  /**
   * Reads a saved {@code fundingInfo} response: a JSON array of {@code symbol,
   * adjustedFundingRateCap, adjustedFundingRateFloor, fundingIntervalHours}; plain, gzip or
   * zip.
   *
   * @param file the file
   * @return the terms in file order
   * @throws NullPointerException if {@code file} is null
   * @throws FundingInputException naming file, line and field for a missing field or a bad
   *     value
   * @throws IOException if the file cannot be read
   */
  public static List<FundingInfo> read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    List<FundingInfo> out = new ArrayList<>();
    try (InputFiles.Entries entries = InputFiles.open(file)) {
      InputFiles.Entry entry = entries.next();
      if (entry == null) {
        throw new FundingInputException(file, 0, null, "the zip holds no file");
      }
      try (RowSource src = RowSource.open(entry, () -> { })) {
        int symbol = field(src, "symbol");
        int cap = field(src, "adjustedFundingRateCap");
        int floor = field(src, "adjustedFundingRateFloor");
        int hours = field(src, "fundingIntervalHours");
        while (src.next()) {
          long line = src.line();
          String h = src.cell(hours);
          try {
            double n = Decimals.parse(h == null ? "" : h);
            if (n <= 0 || n != Math.rint(n * 60) / 60) {
              throw new IllegalArgumentException("fundingIntervalHours must be a positive"
                  + " whole number of minutes in hours, was " + Cells.quote(h));
            }
            out.add(new FundingInfo(text(src, symbol, line, "symbol"),
                Duration.ofMinutes(Math.round(n * 60)),
                new BigDecimal(text(src, cap, line, "adjustedFundingRateCap")),
                new BigDecimal(text(src, floor, line, "adjustedFundingRateFloor"))));
          } catch (IllegalArgumentException e) {
            throw e instanceof FundingInputException ? e
                : src.error(line, null, e.getMessage());
          }
        }
      }
    }
    return out;
  }

  /**
   * The intervals by symbol, for {@link FundingReader#withDeclaredIntervals(Map)}.
   *
   * @param infos the terms
   * @return interval by symbol, in list order; a later entry for a symbol wins
   * @throws NullPointerException if the list or an element is null
   */
  public static Map<String, Duration> intervals(List<FundingInfo> infos) {
    Objects.requireNonNull(infos, "infos");
    Map<String, Duration> out = new LinkedHashMap<>();
    for (FundingInfo info : infos) {
      Objects.requireNonNull(info, "infos element");
      out.put(info.symbol(), info.interval());
    }
    return out;
  }

  private static int field(RowSource src, String name) {
    int i = src.find(name);
    if (i < 0) {
      throw src.error(1, name, "no such field; fields are: " + src.columns());
    }
    return i;
  }

  private static String text(RowSource src, int index, long line, String name) {
    String s = src.cell(index);
    if (s == null || s.isBlank()) {
      throw src.error(line, name, "empty field");
    }
    return s.trim();
  }
}
