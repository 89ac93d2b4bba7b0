package dev.fundingkit.examples.cli;

import dev.fundingkit.core.venue.FundingConvention;
import dev.fundingkit.core.venue.FundingConventions;
import dev.fundingkit.core.venue.FundingRuleVersion;
import dev.fundingkit.core.venue.FundingRulesFile;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --venue ID [--interval DURATION] [--rules FILE]}: a venue and the symbol's interval
 * (a mixin). The venue is looked up after every {@code --rules} file is loaded, whatever the
 * order of the options.
 */
final class VenueArgs {

  @Option(
      names = "--venue",
      required = true,
      paramLabel = "ID",
      description = "Venue id, such as binance-usdm, binance-usdm-pre-market or hyperliquid"
          + " ('fundingkit venues' lists them all).")
  String venueId;

  @Option(
      names = "--interval",
      paramLabel = "DURATION",
      converter = ArgTypes.Interval.class,
      description = "The symbol's funding interval (default: the venue's default).")
  Duration interval;

  @Option(
      names = "--rules",
      paramLabel = "FILE",
      description = "Load venues or rule versions from a rules file (format 'fundingkit-rules"
          + " 1', see FundingRulesFile) before the command runs; repeatable.")
  List<Path> rules = new ArrayList<>();

  private FundingConvention venue;

  /** The venue, after loading the rules files. */
  FundingConvention venue() {
    if (venue == null) {
      loadRules(rules);
      try {
        venue = FundingConvention.of(venueId);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("invalid value for option '--venue': "
            + e.getMessage(), e);
      }
    }
    return venue;
  }

  /** The symbol's interval under a rule: the option, else the rule's default. */
  Duration intervalUnder(FundingRuleVersion rule) {
    return interval == null ? rule.defaultInterval() : interval;
  }

  /** Reads and registers every rules file. */
  static void loadRules(List<Path> files) {
    for (Path file : files) {
      if (Files.isDirectory(file)) {
        // Reading a directory fails with a bare "Is a directory" that names no file.
        throw new IllegalArgumentException("--rules " + file + ": is a directory, expected a"
            + " rules file");
      }
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (FundingConvention c : FundingRulesFile.read(in, file.toString())) {
          FundingConventions.register(c);
        }
      } catch (java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException e) {
        throw new UncheckedIOException(e);
      } catch (IOException e) {
        // Name the file: a bare I/O reason ("Input length = 1") does not say which one.
        throw new IllegalArgumentException("--rules " + file + ": cannot be read ("
            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
      }
    }
  }
}
