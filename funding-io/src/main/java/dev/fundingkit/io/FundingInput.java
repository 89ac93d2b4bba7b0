package dev.fundingkit.io;

import dev.fundingkit.core.series.FundingSeries;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link FundingReader} read from one or more files: the format, the series by
 * {@link SeriesKey} (a file with several symbols gives several), the columns used and every
 * assumption made, as remarks a user should see once.
 *
 * <p>Immutable and thread-safe.
 */
public final class FundingInput {

  private static final int KEYS_LISTED = 12;

  private final List<Path> files;
  private final InputFormat format;
  private final Map<SeriesKey, FundingSeries> series;
  private final String timeColumn;
  private final String valueColumn;
  private final List<String> keyColumns;
  private final List<String> remarks;

  FundingInput(List<Path> files, InputFormat format, Map<SeriesKey, FundingSeries> series,
      String timeColumn, String valueColumn, List<String> keyColumns, List<String> remarks) {
    this.files = List.copyOf(files);
    this.format = format;
    this.series = Collections.unmodifiableMap(new LinkedHashMap<>(series));
    this.timeColumn = timeColumn;
    this.valueColumn = valueColumn;
    this.keyColumns = List.copyOf(keyColumns);
    this.remarks = List.copyOf(remarks);
  }

  /**
   * The files read, in the order given.
   *
   * @return at least one path
   */
  public List<Path> files() {
    return files;
  }

  /**
   * The format the files were read as (detected or given).
   *
   * @return the format
   */
  public InputFormat format() {
    return format;
  }

  /**
   * Every series read, by key, in key order.
   *
   * @return an unmodifiable map with at least one entry
   */
  public Map<SeriesKey, FundingSeries> series() {
    return series;
  }

  /**
   * The one series the input holds.
   *
   * @return the series
   * @throws FundingInputException naming the file if the input holds several series; the
   *     message lists them and the columns that tell them apart, to filter on
   */
  public FundingSeries single() {
    if (series.size() == 1) {
      return series.values().iterator().next();
    }
    List<String> names = new ArrayList<>();
    for (SeriesKey key : series.keySet()) {
      if (names.size() == KEYS_LISTED) {
        names.add("… (" + series.size() + " in all)");
        break;
      }
      names.add(key.toString());
    }
    SeriesKey first = series.keySet().iterator().next();
    String example = keyColumns.isEmpty() ? "COLUMN=VALUE"
        : keyColumns.get(keyColumns.size() - 1) + "="
            + first.symbol().orElse(first.venue().orElse("VALUE"));
    throw new FundingInputException(files.get(0), 0, null, "holds " + series.size()
        + " series (" + String.join(", ", names) + "); choose one with --where " + example
        + (keyColumns.size() > 1 ? " (columns " + String.join(", ", keyColumns) + " tell them"
            + " apart; repeat --where to combine)" : ""));
  }

  /**
   * The header name of the time column (or JSON field) that was read.
   *
   * @return the name
   */
  public String timeColumn() {
    return timeColumn;
  }

  /**
   * The header name of the rate column (or JSON field) that was read.
   *
   * @return the name
   */
  public String valueColumn() {
    return valueColumn;
  }

  /**
   * The columns that tell series apart (venue, symbol), as found in the file.
   *
   * @return the names, possibly empty
   */
  public List<String> keyColumns() {
    return keyColumns;
  }

  /**
   * The detected format and every assumption made (column chosen, time zone, interval
   * source, rows skipped), one line each, without duplicates.
   *
   * @return the remarks
   */
  public List<String> remarks() {
    return remarks;
  }

  @Override
  public String toString() {
    return "FundingInput[" + format + ", " + files + ", " + series.values() + "]";
  }

  static void requireFiles(List<Path> files) {
    Objects.requireNonNull(files, "files");
    if (files.isEmpty()) {
      throw new IllegalArgumentException("files must not be empty, was []");
    }
    for (int i = 0; i < files.size(); i++) {
      Objects.requireNonNull(files.get(i), "files[" + i + "]");
    }
  }
}
