package dev.fundingkit.io;

import dev.fundingkit.core.carry.CarryCandidate;
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
 * Reads the assets of a carry scan from CSV: one {@link CarryCandidate} per row of
 * {@code asset,rate,interval,borrow}. Stateless and thread-safe.
 */
public final class ScanFile {

  /** The columns a scan file must have (any order, any case; others are ignored). */
  public static final List<String> COLUMNS = List.of("asset", "rate", "interval", "borrow");

  private ScanFile() {}

  /**
   * Reads every row: the rate a fraction per interval, the interval as {@code 8h} or
   * {@code PT8H}, the borrow (or cost of capital) a fraction a year, zero or more. Plain or
   * gzip.
   *
   * @param file the file to read
   * @return the candidates in file order, at least one
   * @throws NullPointerException if {@code file} is null
   * @throws FundingInputException naming file, line and column if the file is empty, a column is
   *     missing, a cell cannot be read, or an asset appears twice
   * @throws IOException if the file cannot be opened or read
   */
  public static List<CarryCandidate> read(Path file) throws IOException {
    return read(file, List.of());
  }

  /**
   * Reads the rows that pass every filter (such as {@code asset=BTC}), as
   * {@link #read(Path)} reads every row.
   *
   * @param file the file to read
   * @param filters the filters a kept row passes, possibly none
   * @return the candidates in file order, at least one
   * @throws NullPointerException if an argument or a filter is null
   * @throws FundingInputException naming file, line and column as {@link #read(Path)}, or if
   *     no row passes the filters
   * @throws IOException if the file cannot be opened or read
   */
  public static List<CarryCandidate> read(Path file, List<RowFilter> filters)
      throws IOException {
    Objects.requireNonNull(file, "file");
    List<RowFilter> where = List.copyOf(filters);
    try (CsvFile csv = CsvFile.open(file)) {
      int[] index = new int[COLUMNS.size()];
      for (int c = 0; c < index.length; c++) {
        index[c] = csv.column(COLUMNS.get(c), "scan");
      }
      int[] filterIndex = new int[where.size()];
      for (int f = 0; f < filterIndex.length; f++) {
        filterIndex[f] = csv.column(where.get(f).column(), "filter");
      }
      String assetColumn = csv.header().get(index[0]);
      List<CarryCandidate> candidates = new ArrayList<>();
      Map<String, Long> firstLine = new HashMap<>();
      while (csv.hasNext()) {
        CSVRecord record = csv.next();
        long line = csv.line();
        csv.checkWidth(record, line);
        boolean kept = true;
        for (int f = 0; f < filterIndex.length && kept; f++) {
          kept = where.get(f).keeps(record.get(filterIndex[f]));
        }
        if (!kept) {
          continue;
        }
        String asset = record.get(index[0]);
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
          throw csv.error(line, csv.header().get(index[3]),
              "borrow must be >= 0, was " + record.get(index[3]));
        }
        candidates.add(CarryCandidate.of(asset, FundingRate.of(rate, interval), borrow));
      }
      if (candidates.isEmpty()) {
        throw csv.error(0, null, where.isEmpty() ? "no data rows after the header"
            : "no row matches " + where);
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
