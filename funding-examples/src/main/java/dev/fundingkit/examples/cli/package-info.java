/**
 * The {@code fundingkit} command line: a thin picocli layer over the library's public API.
 *
 * <p>{@link dev.fundingkit.examples.cli.FundingKitCli} is the entry point. Every command
 * prints readable text by default and exactly one JSON object with {@code --json}; bad input
 * ends with status 2 and one line on standard error. The contract is {@code spec/cli.md}.
 */
package dev.fundingkit.examples.cli;
