package dev.fundingkit.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A time series read from a CSV file: times in strictly increasing order (unless read with
 * {@link SeriesColumns#withAnyTimeOrder()}), one or more numeric columns, and the file line
 * each point came from.
 *
 * <p>Read one with {@link #read(Path, SeriesColumns)}. Values are as written in the file (a
 * funding rate is a fraction per the venue's interval); no unit is assumed here.
 *
 * <p>Immutable and thread-safe: every array is copied in and out.
 */
public final class CsvSeries {

  private final Path file;
  private final String timeColumn;
  private final List<String> valueColumns;
  private final Instant[] times;
  private final double[][] values;
  private final long[] lines;
  private final List<String> notes;

  CsvSeries(
      Path file,
      String timeColumn,
      List<String> valueColumns,
      Instant[] times,
      double[][] values,
      long[] lines,
      List<String> notes) {
    this.file = file;
    this.timeColumn = timeColumn;
    this.valueColumns = List.copyOf(valueColumns);
    this.times = times.clone();
    this.values = new double[values.length][];
    for (int c = 0; c < values.length; c++) {
      this.values[c] = values[c].clone();
    }
    this.lines = lines.clone();
    this.notes = List.copyOf(notes);
  }

  /**
   * Reads a series from a CSV file with a header row, plain or gzip-compressed (detected from
   * the content, whatever the name). Cells are trimmed; blank lines are skipped.
   *
   * <p>Rows failing a filter are dropped before anything else is checked. Every kept row must
   * then have a readable time (see {@link Timestamps}) and finite decimal values (see
   * {@link Decimals}), and its time must be after the previous kept row's (unless
   * {@link SeriesColumns#requiresTimeOrder()} is false).
   *
   * @param file the file to read
   * @param columns which columns and rows to read
   * @return the series, at least one point
   * @throws NullPointerException if an argument is null
   * @throws FundingInputException naming file, line and column if the file is empty, a column is
   *     missing, a cell cannot be read, times are unsorted or duplicated, or no row is left
   * @throws IOException if the file cannot be opened or read
   */
  public static CsvSeries read(Path file, SeriesColumns columns) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(columns, "columns");
    return new SeriesCsvReader(file, columns).read();
  }

  /**
   * The number of points.
   *
   * @return at least 1
   */
  public int size() {
    return times.length;
  }

  /**
   * The file the series was read from.
   *
   * @return the path as given
   */
  public Path file() {
    return file;
  }

  /**
   * The header name of the time column that was used.
   *
   * @return the column name as written in the header
   */
  public String timeColumn() {
    return timeColumn;
  }

  /**
   * The header names of the value columns, in the order of {@link #values(int)}.
   *
   * @return the column names as written in the header
   */
  public List<String> valueColumns() {
    return valueColumns;
  }

  /**
   * The times, strictly increasing unless read with {@link SeriesColumns#withAnyTimeOrder()}.
   *
   * @return a copy of the times
   */
  public Instant[] times() {
    return times.clone();
  }

  /**
   * The values of the first value column.
   *
   * @return a copy, one value per time
   */
  public double[] values() {
    return values(0);
  }

  /**
   * The values of one value column.
   *
   * @param column the index into {@link #valueColumns()}
   * @return a copy, one value per time
   * @throws IndexOutOfBoundsException if there is no such column
   */
  public double[] values(int column) {
    Objects.checkIndex(column, values.length);
    return values[column].clone();
  }

  /**
   * The file line of a point (the header is line 1).
   *
   * @param index the point's index
   * @return the line
   * @throws IndexOutOfBoundsException if there is no such point
   */
  public long line(int index) {
    Objects.checkIndex(index, lines.length);
    return lines[index];
  }

  /**
   * Remarks about how the file was read that a user should see, such as which default column
   * was chosen or that zone-less times were read as UTC.
   *
   * @return the remarks, one line each, possibly empty
   */
  public List<String> notes() {
    return notes;
  }

  @Override
  public String toString() {
    return "CsvSeries[" + file + ", " + times.length + " points " + times[0] + " .. "
        + times[times.length - 1] + ", time=" + timeColumn + ", values=" + valueColumns + "]";
  }
}
