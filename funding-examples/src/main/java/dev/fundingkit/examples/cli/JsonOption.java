package dev.fundingkit.examples.cli;

import picocli.CommandLine.Option;

/** {@code --json}: one JSON object on standard output instead of text (a mixin). */
final class JsonOption {

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  boolean json;
}
