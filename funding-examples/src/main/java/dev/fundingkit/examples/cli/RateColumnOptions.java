package dev.fundingkit.examples.cli;

import picocli.CommandLine.Option;

/**
 * {@code --per-hour}: whether to rescale the rates to an hour, for the commands that analyse
 * one rate series (a picocli mixin; the rate column is {@link InputOptions}'
 * {@code --value-column}).
 */
final class RateColumnOptions {

  @Option(
      names = "--per-hour",
      description = "Divide each rate by its interval in hours (declared by the data, or inferred from the spacing) first.")
  boolean perHour;
}
