package dev.fundingkit.examples.cli;

import dev.fundingkit.core.FundingOverflowException;
import dev.fundingkit.core.rate.AnnualizationBasis;
import dev.fundingkit.core.rate.FundingIntervals;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code fundingkit annualize}: a rate per interval as a yearly figure. */
@Command(
    name = "annualize",
    header = "A rate per interval as a yearly figure.",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description =
        "Turns a funding rate per interval into a yearly figure over a 365-day year. simple:"
            + " rate x periods a year (what venues quote); compound: (1 + rate)^periods - 1.",
    footer = {
      "",
      "Example (-0.307%% per 8 h is -336%% a year):",
      "  fundingkit annualize --rate -0.00307 --interval 8h --json"
    })
final class AnnualizeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin RateArgs given;

  @Option(
      names = "--basis",
      paramLabel = "simple|compound",
      defaultValue = "simple",
      converter = ArgTypes.Basis.class,
      description = "Annualisation basis (default: ${DEFAULT-VALUE}).")
  AnnualizationBasis basis;

  @Mixin JsonOption output;

  @Override
  public Integer call() {
    if (basis == AnnualizationBasis.COMPOUND && given.rate <= -1) {
      throw new ParameterException(spec.commandLine(),
          "--rate must be > -1 to compound, was " + given.rate);
    }
    FundingRate fundingRate = given.fundingRate();
    Duration interval = fundingRate.interval();
    double annualized;
    try {
      annualized = fundingRate.annualize(basis);
    } catch (FundingOverflowException e) {
      // the library names its own parameter; the user gave options
      throw new ParameterException(spec.commandLine(), given.overflow(ArgTypes.name(basis)));
    }
    Output out = new Output();
    out.json().put("rate", fundingRate.value());
    out.json().put("interval", FundingIntervals.format(interval));
    out.json().put("basis", ArgTypes.name(basis));
    Output.put(out.json(), "periodsPerYear", fundingRate.periodsPerYear());
    Output.put(out.json(), "annualized", annualized);
    out.title(fundingRate + " is " + Output.percent(annualized) + " a year (" + ArgTypes.name(basis)
            + ", 365-day year)")
        .row("rate", Output.number(fundingRate.value()) + " per " + FundingIntervals.format(interval))
        .row("periods a year", Output.number(fundingRate.periodsPerYear()))
        .row("annualized", Output.number(annualized) + " (fraction a year)");
    out.print(spec, output.json);
    return 0;
  }
}
