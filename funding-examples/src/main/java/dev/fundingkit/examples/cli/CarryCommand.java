package dev.fundingkit.examples.cli;

import dev.fundingkit.core.FundingOverflowException;
import dev.fundingkit.core.carry.CarryEconomics;
import dev.fundingkit.core.carry.CarrySide;
import dev.fundingkit.core.carry.CarryTrade;
import dev.fundingkit.core.rate.FundingIntervals;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code fundingkit carry}: reverse or forward cash-and-carry economics at one rate. */
@Command(
    name = "carry",
    header = "Cash-and-carry economics at a funding rate.",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description =
        "A negative rate is collected by the reverse carry (long perp, short borrowed spot);"
            + " a positive one by the forward carry (short perp, long spot, where --borrow is the"
            + " cost of capital, default 0). Yields are simple, per 365-day year.",
    footer = {
      "",
      "Example (-0.03%% per 8 h against 8%% borrow nets 24.85%% a year):",
      "  fundingkit carry --rate -0.0003 --interval 8h --borrow 0.08 --json"
    })
final class CarryCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin RateArgs given;

  @Option(
      names = "--borrow",
      paramLabel = "ANNUAL_FRACTION",
      converter = ArgTypes.NonNegative.class,
      description =
          "Spot borrow rate a year (0.08 = 8%%); required for a negative rate. For a positive"
              + " rate, the cost of capital (default 0).")
  Double borrow;

  @ArgGroup(exclusive = false)
  Fees fees;

  @Mixin JsonOption output;

  /** Fees and holding period come together: fees are amortised over the holding. */
  static final class Fees {
    @Option(
        names = "--fees",
        required = true,
        paramLabel = "ROUND_TRIP_FRACTION",
        converter = ArgTypes.NonNegative.class,
        description = "Round-trip trading fees on every leg, a fraction of notional.")
    double roundTrip;

    @Option(
        names = "--holding",
        required = true,
        paramLabel = "DURATION",
        converter = ArgTypes.Interval.class,
        description = "How long the carry is held (30d, 720h, P30D).")
    Duration holding;
  }

  @Override
  public Integer call() {
    FundingRate fundingRate = given.fundingRate();
    if (borrow == null && CarrySide.forRate(fundingRate) == CarrySide.REVERSE) {
      throw new ParameterException(spec.commandLine(),
          "Missing required option: '--borrow=ANNUAL_FRACTION' (a negative rate is collected"
              + " by the reverse carry, which borrows spot)");
    }
    CarryEconomics carry;
    try {
      carry = CarryTrade.of(fundingRate, borrow == null ? 0 : borrow).economics();
    } catch (FundingOverflowException e) {
      // the library names its own parameter; the user gave options
      throw new ParameterException(spec.commandLine(), given.overflow("simple"));
    }
    BorrowRemark.check(spec, borrow);
    FundingRate breakeven = carry.breakevenRate();
    Output out = new Output();
    out.json().put("side", carry.side().name());
    Output.put(out.json(), "fundingYield", carry.fundingYield());
    Output.put(out.json(), "borrowCost", carry.hedgeCost());
    Output.put(out.json(), "netYield", carry.netYield());
    out.json().put("profitable", carry.profitable());
    Output.put(out.json(), "breakevenRate", breakeven.value());
    String interval = FundingIntervals.format(fundingRate.interval());
    out.title(carry.side() + " carry at " + fundingRate + ": "
            + (carry.profitable() ? "profitable" : "not profitable") + ", net "
            + Output.percent(carry.netYield()) + " a year")
        .row("funding yield", Output.percent(carry.fundingYield()) + " a year")
        .row(carry.side() == CarrySide.REVERSE ? "borrow cost" : "cost of capital",
            Output.percent(carry.hedgeCost()) + " a year")
        .row("net yield", Output.percent(carry.netYield()) + " a year")
        .row("breakeven rate", Output.number(breakeven.value()) + " per " + interval + " ("
            + Output.percent(breakeven.value()) + ")");
    if (fees != null) {
      double afterFees = carry.netYieldAfterFees(fees.roundTrip, fees.holding);
      Output.put(out.json(), "netYieldAfterFees", afterFees);
      out.row("net after fees", Output.percent(afterFees) + " a year (" + Output.percent(
          fees.roundTrip) + " round trip over " + FundingIntervals.format(fees.holding) + ")");
    }
    out.print(spec, output.json);
    return 0;
  }
}
