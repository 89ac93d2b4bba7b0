package dev.fundingkit.examples.cli;

import dev.fundingkit.core.series.RateKind;
import dev.fundingkit.io.FundingInput;
import dev.fundingkit.io.FundingReader;
import dev.fundingkit.io.InputFormat;
import dev.fundingkit.io.RowFilter;
import dev.fundingkit.io.SeriesColumns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * The input options every command that reads a series shares ({@code --format},
 * {@code --where}, {@code --time-column}, {@code --value-column}, {@code --interval-column}):
 * one picocli mixin, so the options read the same in {@code fit}, {@code report},
 * {@code reproduce}, {@code scan} and {@code forecast}. A command adds it with
 * {@code @Mixin InputOptions input;} and reads with {@link #readOne(CommandSpec, List)}
 * (one series, the usual case) or {@link #read(CommandSpec, List)} (all of a file's series).
 * The reader's remarks (format detected, columns, time zone, interval source) go to standard
 * error, each once.
 */
final class InputOptions {

  /** What is being read, for the out-of-memory line; set before each read. */
  private static volatile String reading = "";

  @Option(
      names = "--format",
      paramLabel = "auto|NAME",
      converter = FormatText.class,
      description = "Input format (default: auto, detected from the header or the payload's"
          + " shape): csv, json, binance-public-data, binance-funding-rate,"
          + " bybit-funding-history, okx-funding-rate-history, hyperliquid-funding-history,"
          + " dydx-historical-funding, deribit-funding-rate-history,"
          + " kraken-historical-funding-rates, ccxt-funding-rate-history.")
  InputFormat format;

  @Option(
      names = "--where",
      paramLabel = "COLUMN=VALUE",
      converter = ArgTypes.Filter.class,
      description = "Keep only rows whose COLUMN equals VALUE; repeat to require several (a"
          + " file with several symbols or venues needs it).")
  List<RowFilter> filters = new ArrayList<>();

  @Option(
      names = "--time-column",
      paramLabel = "NAME",
      converter = ColumnName.class,
      description = "Time column (default: detected; UTC columns such as time_utc are preferred"
          + " over wall-clock ones).")
  String timeColumn;

  @Option(
      names = "--value-column",
      paramLabel = "NAME",
      converter = ColumnName.class,
      description = "Rate column (default: detected: rate, funding_rate, fundingRate, funding"
          + " rate, last_funding_rate, rate_raw, ...; any case).")
  String valueColumn;

  @Option(
      names = "--interval-column",
      paramLabel = "NAME",
      converter = ColumnName.class,
      description = "Column stating each row's interval, in hours or as 8h/PT8H (default:"
          + " detected: funding_interval_hours, interval_hours, ...); such intervals are"
          + " declared, others inferred from the spacing.")
  String intervalColumn;

  /** The reader these options configure. */
  FundingReader reader() {
    FundingReader reader = FundingReader.defaults();
    if (format != null) {
      reader = reader.withFormat(format);
    }
    for (RowFilter filter : filters) {
      reader = reader.withFilter(filter);
    }
    if (timeColumn != null) {
      reader = reader.withTimeColumn(timeColumn);
    }
    if (valueColumn != null) {
      reader = reader.withValueColumn(valueColumn);
      if (valueColumn.equalsIgnoreCase("realizedRate")) {
        reader = reader.withKind(RateKind.REALIZED);
      }
    }
    if (intervalColumn != null) {
      reader = reader.withIntervalColumn(intervalColumn);
    }
    return reader;
  }

  /** Reads every series of the files and prints the remarks on standard error. */
  FundingInput read(CommandSpec spec, List<Path> files) throws IOException {
    noteReading(files);
    FundingInput input = reader().read(files);
    noteRead(input);
    for (String remark : input.remarks()) {
      Output.note(spec, remark);
    }
    return input;
  }

  /**
   * Reads files that must hold one series (a file with several fails, listing them and saying
   * to use {@code --where}); {@link FundingInput#single()} is then that series.
   */
  FundingInput readOne(CommandSpec spec, List<Path> files) throws IOException {
    noteReading(files);
    FundingInput input = reader().read(files);
    noteRead(input);
    input.single();
    for (String remark : input.remarks()) {
      Output.note(spec, remark);
    }
    return input;
  }

  /**
   * The CSV column selection for commands that read several named columns row by row
   * ({@code reproduce}): the time column and filters; format, value and interval columns do
   * not apply there and are refused.
   */
  SeriesColumns columns(CommandSpec spec, List<String> valueColumns) {
    if (format != null && format != InputFormat.CSV) {
      throw new ParameterException(spec.commandLine(), spec.qualifiedName()
          + " reads CSV columns by name; --format " + format + " does not apply");
    }
    if (valueColumn != null || intervalColumn != null) {
      throw new ParameterException(spec.commandLine(), spec.qualifiedName() + " names its"
          + " columns with its own options; --value-column and --interval-column do not apply");
    }
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

  private static void noteReading(List<Path> files) throws IOException {
    long bytes = 0;
    for (Path f : files) {
      bytes += Files.isRegularFile(f) ? Files.size(f) : 0;
    }
    reading = String.join(", ", files.stream().map(Path::toString).toList()) + " ("
        + (bytes >= 1 << 20 ? bytes / (1 << 20) + " MB" : bytes + " bytes") + " on disk)";
  }

  /** Once read, the count joins the description: memory may still run out in the fit. */
  private static void noteRead(FundingInput input) {
    long rows = 0;
    for (dev.fundingkit.core.series.FundingSeries s : input.series().values()) {
      rows += s.size();
    }
    reading = reading + ", " + rows + " rows read";
  }

  /**
   * The row filters for {@code scan}, whose file has fixed columns
   * ({@code asset,rate,interval,borrow}): the other input options are refused there.
   */
  List<RowFilter> scanFilters(CommandSpec spec) {
    if (format != null || timeColumn != null || valueColumn != null || intervalColumn != null) {
      throw new ParameterException(spec.commandLine(), spec.qualifiedName() + " reads the"
          + " columns asset,rate,interval,borrow; of the input options only --where applies");
    }
    return filters;
  }

  /** What was being read when memory ran out, for the one-line message. */
  static String reading() {
    return reading;
  }

  /** {@code auto} or a format name. */
  static final class FormatText implements ITypeConverter<InputFormat> {
    @Override
    public InputFormat convert(String text) {
      if (text.trim().equalsIgnoreCase("auto")) {
        return null;
      }
      try {
        return InputFormat.parse(text);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** A column name, not blank. */
  static final class ColumnName implements ITypeConverter<String> {
    @Override
    public String convert(String text) {
      if (text.isBlank()) {
        throw new TypeConversionException("a column name must not be blank, was '" + text
            + "'");
      }
      return text.trim();
    }
  }
}
