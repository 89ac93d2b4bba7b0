package dev.fundingkit.examples.cli;

import dev.fundingkit.examples.io.CsvSeries;
import dev.fundingkit.examples.io.RowFilter;
import dev.fundingkit.examples.io.SeriesColumns;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The CSV options a series-reading command shares: the file, the time and value columns and
 * {@code --where} filters. Used as a picocli {@code @Mixin}; {@link #read(CommandSpec)} reads
 * the series and prints the reader's remarks (default column chosen, zone-less times read as
 * UTC) on standard error.
 */
final class SeriesOptions {

  @Parameters(
      index = "0",
      paramLabel = "FILE.csv[.gz]",
      description =
          "CSV file with a header row, plain or gzip. Times: ISO-8601 instants, 'YYYY-MM-DD"
              + " HH:MM:SS' (read as UTC), or epoch numbers (below 1e11 seconds, else"
              + " milliseconds). Rows must be in increasing time order after --where.")
  Path file;

  @Option(
      names = "--time-column",
      paramLabel = "NAME",
      description =
          "Time column (default: the first of time, timestamp, funding_time_utc, fundingTime,"
              + " calc_time; any case).")
  String timeColumn;

  @Option(
      names = "--where",
      paramLabel = "COLUMN=VALUE",
      converter = ArgTypes.Filter.class,
      description = "Keep only rows whose COLUMN equals VALUE; repeat to require several.")
  List<RowFilter> filters = new ArrayList<>();

  /**
   * The column selection with these options and the given value columns.
   *
   * @param valueColumns explicit value columns, or empty for the defaults
   */
  SeriesColumns columns(List<String> valueColumns) {
    SeriesColumns columns = SeriesColumns.defaults();
    if (timeColumn != null) {
      columns = columns.withTimeColumn(timeColumn);
    }
    if (!valueColumns.isEmpty()) {
      columns = columns.withValueColumns(valueColumns);
    }
    for (RowFilter filter : filters) {
      columns = columns.withFilter(filter);
    }
    return columns;
  }

  /** Reads the series and prints the reader's remarks on standard error. */
  CsvSeries read(CommandSpec spec, List<String> valueColumns) throws IOException {
    return read(spec, columns(valueColumns));
  }

  /** Reads with an explicit column selection and prints the remarks on standard error. */
  CsvSeries read(CommandSpec spec, SeriesColumns columns) throws IOException {
    CsvSeries series = CsvSeries.read(file, columns);
    for (String note : series.notes()) {
      Output.note(spec, file + ": " + note);
    }
    return series;
  }
}
