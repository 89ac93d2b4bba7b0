package dev.fundingkit.examples.cli;

import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.io.FundingInput;
import dev.fundingkit.stats.ou.ConfidenceInterval;
import dev.fundingkit.stats.ou.OuFit;
import dev.fundingkit.stats.ou.OuFitter;
import dev.fundingkit.stats.signal.FarmSide;
import dev.fundingkit.stats.signal.SignalBands;
import dev.fundingkit.stats.signal.SignalLevels;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code fundingkit fit}: an Ornstein–Uhlenbeck fit of a funding series from CSV. */
@Command(
    name = "fit",
    header = "Ornstein-Uhlenbeck fit of a funding series.",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description =
        "Fits dF = theta (mu - F) dt + sigma dW at the rows' real times (gaps and interval"
            + " changes are fine): exact-discretisation MLE, Tang-Chen bias-corrected theta (the"
            + " default estimate), 95%% profile-likelihood interval, Dickey-Fuller verdict. theta"
            + " and sigma are per hour. Entry and exit levels are the reverse-farm signal bands,"
            + " mu - 2 sd and mu - 0.5 sd of the stationary distribution.",
    footer = {
      "",
      "Example (a CSV of Binance BTCUSDT and ETHUSDT 8-hourly funding):",
      "  fundingkit fit binance_8h.csv.gz --where symbol=BTCUSDT --json"
    })
final class FitCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin SeriesOptions series;

  @Mixin RateColumnOptions rate;

  @Mixin JsonOption output;

  @Override
  public Integer call() throws IOException {
    FundingInput input = series.read(spec);
    FundingSeries data = input.single();
    String timeColumn = input.timeColumn();
    String valueColumn = input.valueColumn();
    String intervalLabel = data.intervalLabel();
    String intervalSource = data.intervalSourceLabel();
    String fileName = input.files().get(0).getFileName().toString();
    Instant[] times = {data.firstTime(), data.lastTime()};
    input = null;
    OuFit fit;
    if (rate.perHour) {
      fit = OuFitter.defaults().withPerHour(true).fit(data.toInstants(), rates(data));
    } else {
      // The primitive arrays only: the series is dropped so a 20-million-row fit fits in 1 GB.
      long[] millis = data.epochMillis();
      double[] values = data.values();
      data = null;
      fit = OuFitter.defaults().fit(millis, values);
    }
    OptionalDouble mu = fit.mu();
    OptionalDouble sd = fit.stationarySd();
    Optional<SignalLevels> levels = levels(fit);
    double entry = levels.map(SignalLevels::entryLevel).orElse(Double.NaN);
    double exit = levels.map(SignalLevels::exitLevel).orElse(Double.NaN);
    ConfidenceInterval ci = fit.halfLifeHoursCi().orElse(null);

    Output out = new Output();
    out.json().put("n", fit.n());
    put(out, "thetaMle", fit.thetaMle());
    put(out, "theta", fit.theta());
    put(out, "mu", mu);
    put(out, "sigma", fit.sigma());
    put(out, "stationarySd", sd);
    put(out, "halfLifeHours", fit.halfLifeHours());
    put(out, "halfLifeHoursMle", fit.halfLifeHoursMle());
    if (ci == null) {
      out.json().putNull("halfLifeHoursCi");
    } else {
      Output.array(out.json(), "halfLifeHoursCi", ci.lower(), ci.upper());
    }
    out.json().put("verdict", fit.verdict().name());
    Output.put(out.json(), "adfTau", fit.adfTau());
    Output.put(out.json(), "entryLevel", entry);
    Output.put(out.json(), "exitLevel", exit);
    out.json().put("timeUnit", "hour");
    out.json().put("perHour", rate.perHour);
    out.json().put("from", times[0].toString());
    out.json().put("to", times[times.length - 1].toString());
    out.json().put("timeColumn", timeColumn);
    out.json().put("valueColumn", valueColumn);
    out.json().put("interval", intervalLabel);
    out.json().put("intervalSource", intervalSource);

    String perWhat = rate.perHour ? " per hour" : " per interval";
    out.title("OU fit of " + fileName + " (" + fit.n() + " points, " + times[0]
            + " .. " + times[times.length - 1] + "): " + fit.verdict())
        .row("half-life", hours(fit.halfLifeHours()) + " (95% CI " + interval(ci) + "; MLE "
            + hours(fit.halfLifeHoursMle()) + ")")
        .row("theta", number(fit.theta()) + " per hour (MLE " + number(fit.thetaMle()) + ")")
        .row("interval", intervalLabel + " (" + intervalSource + ")")
        .row("mu", number(mu) + perWhat)
        .row("sigma", number(fit.sigma()) + " per sqrt(hour)")
        .row("stationary sd", number(sd))
        .row("ADF tau", Output.number(fit.adfTau()))
        .row("entry level", Output.number(entry) + " (mu - 2 sd)")
        .row("exit level", Output.number(exit) + " (mu - 0.5 sd)");
    out.print(spec, output.json);
    return 0;
  }

  /**
   * Reverse-farm levels from the fitted parameters; when θ is not identified, from the sample
   * mean and sd the fit reports instead.
   */
  private static Optional<SignalLevels> levels(OuFit fit) {
    if (fit.parameters().isPresent()) {
      return Optional.of(SignalLevels.reverseFarm(fit.parameters().get()));
    }
    OptionalDouble mu = fit.mu();
    OptionalDouble sd = fit.stationarySd();
    if (mu.isPresent() && sd.isPresent() && sd.getAsDouble() > 0) {
      return Optional.of(new SignalLevels(FarmSide.REVERSE, mu.getAsDouble(), sd.getAsDouble(),
          SignalBands.DEFAULT));
    }
    return Optional.empty();
  }

  private static void put(Output out, String key, OptionalDouble value) {
    Output.put(out.json(), key, value.orElse(Double.NaN));
  }

  private static String number(OptionalDouble value) {
    return value.isPresent() ? Output.number(value.getAsDouble()) : "n/a";
  }

  private static String hours(OptionalDouble value) {
    return value.isPresent() ? Output.number(value.getAsDouble()) + " h" : "n/a";
  }

  private static String interval(ConfidenceInterval ci) {
    return ci == null ? "n/a" : Output.number(ci.lower()) + " .. " + Output.number(ci.upper())
        + " h";
  }

  /** Each rate with the interval the series carries (declared by the data, or inferred). */
  private static FundingRate[] rates(FundingSeries series) {
    FundingRate[] rates = new FundingRate[series.size()];
    for (int i = 0; i < rates.length; i++) {
      rates[i] = series.get(i);
    }
    return rates;
  }
}
