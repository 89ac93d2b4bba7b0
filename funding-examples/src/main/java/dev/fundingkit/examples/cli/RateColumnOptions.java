package dev.fundingkit.examples.cli;

import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --value-column NAME} and {@code --per-hour}: the funding rate column and whether to
 * rescale it to an hour, for the commands that analyse one rate series (a picocli mixin).
 */
final class RateColumnOptions {

  @Option(
      names = "--value-column",
      paramLabel = "NAME",
      description =
          "Rate column (default: the first of rate, funding_rate, fundingRate, value,"
              + " last_funding_rate; any case).")
  String valueColumn;

  @Option(
      names = "--per-hour",
      description = "Divide each rate by its interval in hours (inferred from spacing) first.")
  boolean perHour;

  /** The value columns to ask for: the option, or empty for the defaults. */
  List<String> valueColumns() {
    return valueColumn == null ? List.of() : List.of(valueColumn);
  }
}
