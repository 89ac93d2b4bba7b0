package dev.fundingkit.examples.cli;

import dev.fundingkit.io.CsvSeries;
import dev.fundingkit.io.SeriesColumns;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;

/**
 * The CSV options a series-reading command shares: the file, and the time column and
 * {@code --where} filters of {@link ColumnOptions}. Used as a picocli {@code @Mixin};
 * {@link #read(CommandSpec, List)} reads the series and prints the reader's remarks (default
 * column chosen, zone-less times read as UTC) on standard error.
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

  @Mixin ColumnOptions columns;

  /** Reads the series and prints the reader's remarks on standard error. */
  CsvSeries read(CommandSpec spec, List<String> valueColumns) throws IOException {
    return read(spec, columns.columns(valueColumns));
  }

  /** Reads with an explicit column selection and prints the remarks on standard error. */
  CsvSeries read(CommandSpec spec, SeriesColumns selection) throws IOException {
    CsvSeries series = CsvSeries.read(file, selection);
    for (String note : series.notes()) {
      Output.note(spec, file + ": " + note);
    }
    return series;
  }
}
