package dev.fundingkit.examples.cli;

import dev.fundingkit.core.rate.FundingIntervals;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.stats.forecast.FundingForecast;
import dev.fundingkit.stats.forecast.FundingForecaster;
import dev.fundingkit.stats.ou.OuFit;
import dev.fundingkit.stats.ou.OuFitter;
import dev.fundingkit.stats.ou.OuVerdict;
import dev.fundingkit.stats.ou.TwoTimescaleFit;
import dev.fundingkit.stats.ou.TwoTimescaleFitter;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fundingkit forecast}: expected funding over a horizon under the fitted OU model. */
@Command(
    name = "forecast",
    header = "Expected funding over a horizon under the fitted model.",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description =
        "Fits the series as 'fit' does, then gives the distribution of funding a long of one"
            + " unit of position value accrues from the last settlement over --horizon: the"
            + " closed-form mean and sd of the integrated OU process (or of the two-timescale"
            + " model when 'fit' reports multiScale) and its 95%% band"
            + " (positive = received by the long). With --borrow, the probability that a"
            + " reverse carry (long perp, short borrowed spot) beats its borrow cost over the"
            + " horizon. A fit without usable parameters (no mean reversion, not identified,"
            + " too little data) gives null figures and says why in 'verdict'.",
    footer = {
      "",
      "Example (next week's BTCUSDT funding and a reverse carry against 8%% borrow):",
      "  fundingkit forecast binance_8h.csv.gz --where symbol=BTCUSDT --horizon 7d"
          + " --borrow 0.08 --json"
    })
final class ForecastCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin SeriesOptions series;

  @Mixin RateColumnOptions rate;

  @Option(
      names = "--horizon",
      required = true,
      paramLabel = "DURATION",
      converter = ArgTypes.Interval.class,
      description = "How far ahead of the last settlement (7d, 168h, P7D).")
  Duration horizon;

  @Option(
      names = "--borrow",
      paramLabel = "ANNUAL_FRACTION",
      converter = ArgTypes.NonNegative.class,
      description = "Spot borrow rate a year (0.08 = 8%%) for the reverse-carry probability.")
  Double borrow;

  @Mixin JsonOption output;

  @Override
  public Integer call() throws IOException {
    FitCommand.Input input = FitCommand.read(spec, series);
    FundingSeries funding = input.series();
    BorrowRemark.check(spec, borrow);
    OuFit fit = OuFitter.defaults().withPerHour(rate.perHour).fit(funding);
    Optional<TwoTimescaleFit> twoScale = fit.verdict() == OuVerdict.INSUFFICIENT_DATA
        ? Optional.empty()
        : TwoTimescaleFitter.defaults().withPerHour(rate.perHour).fit(funding)
            .filter(TwoTimescaleFit::preferred);
    Optional<FundingForecast> forecast = twoScale.isPresent()
        ? Optional.of(FundingForecaster.of(twoScale.get(), horizon))
        : FundingForecaster.of(fit, funding, horizon);

    Output out = new Output();
    out.json().put("from", funding.lastTime().toString());
    out.json().put("horizon", FundingIntervals.format(horizon));
    Output.put(out.json(), "latest", funding.value(funding.size() - 1));
    if (forecast.isPresent()) {
      FundingForecast f = forecast.get();
      Output.put(out.json(), "expected", f.expected());
      Output.put(out.json(), "sd", f.sd());
      FitCommand.pair(out.json(), "band95", f.bandLow(), f.bandHigh());
      out.json().put("model", f.model().name());
      if (borrow != null) {
        Output.put(out.json(), "probabilityReverseCarryProfitable",
            f.probabilityReverseCarryProfitable(borrow));
      }
    } else {
      out.json().putNull("expected");
      out.json().putNull("sd");
      out.json().putNull("band95");
      out.json().putNull("model");
      if (borrow != null) {
        out.json().putNull("probabilityReverseCarryProfitable");
      }
    }
    out.json().put("verdict", fit.verdict().name());
    out.json().put("interval", funding.intervalLabel());
    out.json().put("intervalSource", funding.intervalSourceLabel());
    out.json().put("n", fit.n());

    out.title("Funding forecast for " + input.fileName() + " over "
        + FundingIntervals.format(horizon) + " from " + funding.lastTime() + " (fit: "
        + fit.verdict() + ")");
    out.row("latest rate", Output.number(funding.value(funding.size() - 1)) + " per "
        + funding.interval(funding.size() - 1).toHours() + "h");
    forecast.ifPresentOrElse(f -> {
      out.row("expected (long)", Output.percent(f.expected()) + " of position value")
          .row("sd", Output.percent(f.sd()))
          .row("95% band", Output.percent(f.bandLow()) + " .. " + Output.percent(f.bandHigh()))
          .row("model", f.model().name());
      if (borrow != null) {
        out.row("P(reverse carry beats borrow)",
            Output.number(f.probabilityReverseCarryProfitable(borrow)));
      }
    }, () -> out.row("forecast", "none: the fit has no usable parameters"));
    out.print(spec, output.json);
    return 0;
  }
}
