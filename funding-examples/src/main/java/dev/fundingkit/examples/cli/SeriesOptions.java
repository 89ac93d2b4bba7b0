package dev.fundingkit.examples.cli;

import dev.fundingkit.io.CsvSeries;
import dev.fundingkit.io.FundingInput;
import dev.fundingkit.io.SeriesColumns;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * The input a series-reading command takes: one or more files and the shared
 * {@link InputOptions}. Used as a picocli {@code @Mixin}; the reader's remarks go to standard
 * error (and, like every remark, only when the command succeeds).
 */
final class SeriesOptions {

  @Parameters(
      index = "0",
      arity = "1..*",
      paramLabel = "FILE",
      description =
          "Funding data: a venue payload (JSON) or export (CSV), a Binance public-data zip, or"
              + " any CSV with a header row; plain, .gz or .zip. Several files (monthly files)"
              + " are joined in time order. Times: ISO-8601, 'YYYY-MM-DD HH:MM:SS' (UTC) or"
              + " epoch seconds/milliseconds, parsed strictly.")
  List<Path> files = new ArrayList<>();

  @Mixin InputOptions input;

  /**
   * Reads the files, which must hold one series ({@link FundingInput#single()}), and prints
   * the remarks on standard error.
   */
  FundingInput read(CommandSpec spec) throws IOException {
    return input.readOne(spec, files);
  }

  /** The first (only) file, for commands that read one file row by row. */
  Path file(CommandSpec spec) {
    if (files.size() != 1) {
      throw new ParameterException(spec.commandLine(), spec.qualifiedName()
          + " reads one FILE, was given " + files.size());
    }
    return files.get(0);
  }

  /** Reads named columns row by row, with the time column and filters of the options. */
  CsvSeries readColumns(CommandSpec spec, List<String> valueColumns) throws IOException {
    SeriesColumns selection = input.columns(spec, valueColumns).withAnyTimeOrder();
    Path file = file(spec);
    CsvSeries series = CsvSeries.read(file, selection);
    for (String note : series.notes()) {
      Output.note(spec, file + ": " + note);
    }
    return series;
  }
}
