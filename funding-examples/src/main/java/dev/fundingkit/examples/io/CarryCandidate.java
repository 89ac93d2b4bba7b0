package dev.fundingkit.examples.io;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.FundingIntervals;
import dev.fundingkit.core.rate.FundingRate;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVRecord;

/**
 * One asset to scan for carry: its funding rate and its spot borrow rate, as read from a row of
 * {@code asset,rate,interval,borrow}. Immutable and thread-safe.
 *
 * @param asset the asset's name as written, not blank
 * @param rate the funding rate per settlement interval
 * @param borrow the spot borrow rate (or cost of capital), a fraction per year, zero or more
 */
public record CarryCandidate(String asset, FundingRate rate, double borrow) {

  /** The columns a scan file must have (any order, any case). */
  public static final List<String> COLUMNS = List.of("asset", "rate", "interval", "borrow");

  /**
   * Validates the components.
   *
   * @param asset the asset's name, not blank
   * @param rate the funding rate per settlement interval
   * @param borrow the spot borrow rate a year, zero or more
   * @throws NullPointerException if {@code asset} or {@code rate} is null
   * @throws IllegalArgumentException if {@code asset} is blank or {@code borrow} is negative,
   *     NaN or infinite
   */
  public CarryCandidate {
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(rate, "rate");
    if (asset.isBlank()) {
      throw new IllegalArgumentException("asset must not be blank, was '" + asset + "'");
    }
    borrow = ArgChecks.nonNegative("borrow", borrow);
  }

  /**
   * Reads every row of a scan file: columns {@link #COLUMNS} (others ignored), the rate a
   * fraction per interval, the interval as {@code 8h} or {@code PT8H}, the borrow a fraction a
   * year. Plain or gzip.
   *
   * @param file the file to read
   * @return the candidates in file order, at least one
   * @throws NullPointerException if {@code file} is null
   * @throws CsvInputException naming file, line and column if the file is empty, a column is
   *     missing, a cell cannot be read, or an asset appears twice
   * @throws IOException if the file cannot be opened or read
   */
  public static List<CarryCandidate> readAll(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (CsvFile csv = CsvFile.open(file)) {
      int[] index = new int[COLUMNS.size()];
      for (int c = 0; c < index.length; c++) {
        index[c] = csv.column(COLUMNS.get(c), "scan");
      }
      List<CarryCandidate> candidates = new ArrayList<>();
      Map<String, Long> firstLine = new HashMap<>();
      while (csv.hasNext()) {
        CSVRecord record = csv.next();
        long line = csv.line();
        csv.checkWidth(record, line);
        String asset = record.get(index[0]);
        String assetColumn = csv.header().get(index[0]);
        if (asset.isEmpty()) {
          throw csv.error(line, assetColumn, "empty cell where an asset name was expected");
        }
        Long earlier = firstLine.putIfAbsent(asset, line);
        if (earlier != null) {
          throw csv.error(line, assetColumn,
              "duplicate asset '" + asset + "' (same as line " + earlier + ")");
        }
        double rate = number(csv, record, index[1], line);
        Duration interval;
        try {
          interval = FundingIntervals.parse(record.get(index[2]));
        } catch (IllegalArgumentException e) {
          throw csv.error(line, csv.header().get(index[2]), e.getMessage());
        }
        double borrow = number(csv, record, index[3], line);
        if (borrow < 0) {
          throw csv.error(line, csv.header().get(index[3]), "must be >= 0, was " + borrow);
        }
        candidates.add(new CarryCandidate(asset, FundingRate.of(rate, interval), borrow));
      }
      if (candidates.isEmpty()) {
        throw csv.error(0, null, "no data rows after the header");
      }
      return candidates;
    }
  }

  private static double number(CsvFile csv, CSVRecord record, int column, long line) {
    try {
      return Decimals.parse(record.get(column));
    } catch (IllegalArgumentException e) {
      throw csv.error(line, csv.header().get(column), e.getMessage());
    }
  }
}
