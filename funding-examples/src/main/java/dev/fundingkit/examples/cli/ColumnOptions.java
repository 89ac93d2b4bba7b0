package dev.fundingkit.examples.cli;

import dev.fundingkit.io.RowFilter;
import dev.fundingkit.io.SeriesColumns;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --time-column NAME} and {@code --where COLUMN=VALUE}: which column holds the times and
 * which rows to keep, for every command that reads a CSV (a picocli mixin, so the options read
 * the same everywhere).
 */
final class ColumnOptions {

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
}
