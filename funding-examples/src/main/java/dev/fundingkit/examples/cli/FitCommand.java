package dev.fundingkit.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.series.IntervalSource;
import dev.fundingkit.examples.io.CsvSeries;
import dev.fundingkit.stats.ou.ConfidenceInterval;
import dev.fundingkit.stats.ou.OuFit;
import dev.fundingkit.stats.ou.OuFitter;
import dev.fundingkit.stats.ou.OuVerdict;
import dev.fundingkit.stats.ou.TwoTimescaleFit;
import dev.fundingkit.stats.ou.TwoTimescaleFitter;
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
import picocli.CommandLine.Option;
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
            + " mu - 2 sd and mu - 0.5 sd of the stationary distribution. Also fits the"
            + " two-timescale model (a fast plus a slow OU, exact likelihood at the real"
            + " times) and reports it when a likelihood-ratio test prefers it (multiScale).",
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

  @Option(
      names = "--interval-column",
      paramLabel = "NAME",
      description =
          "Column giving each row's funding interval in hours (e.g. interval_hours): the fit"
              + " then uses these DECLARED intervals instead of inferring them from spacing.")
  String intervalColumn;

  @Override
  public Integer call() throws IOException {
    Input input = read(spec, series, rate, intervalColumn);
    FundingSeries funding = input.series();
    OuFit fit = OuFitter.defaults().withPerHour(rate.perHour).fit(funding);
    Optional<FundingRate> mu = fit.mu();
    Optional<FundingRate> sd = fit.stationarySd();
    Optional<SignalLevels> levels = levels(fit);
    double entry = levels.map(SignalLevels::entryLevel).orElse(Double.NaN);
    double exit = levels.map(SignalLevels::exitLevel).orElse(Double.NaN);
    ConfidenceInterval ci = fit.halfLifeHoursCi().orElse(null);
    Optional<TwoTimescaleFit> twoScale = fit.verdict() == OuVerdict.INSUFFICIENT_DATA
        ? Optional.empty()
        : TwoTimescaleFitter.defaults().withPerHour(rate.perHour).fit(funding);
    boolean multiScale = twoScale.map(TwoTimescaleFit::preferred).orElse(false);

    Output out = new Output();
    out.json().put("n", fit.n());
    put(out, "thetaMle", fit.thetaMle());
    put(out, "theta", fit.theta());
    Output.put(out.json(), "mu", mu.map(FundingRate::value).orElse(Double.NaN));
    put(out, "sigma", fit.sigma());
    Output.put(out.json(), "stationarySd", sd.map(FundingRate::value).orElse(Double.NaN));
    put(out, "halfLifeHours", fit.halfLifeHours());
    put(out, "halfLifeHoursMle", fit.halfLifeHoursMle());
    pair(out.json(), "halfLifeHoursCi", ci);
    out.json().put("verdict", fit.verdict().name());
    put(out, "adfTau", fit.adfTau());
    Output.put(out.json(), "entryLevel", entry);
    Output.put(out.json(), "exitLevel", exit);
    out.json().put("interval", fit.intervalLabel());
    out.json().put("intervalSource", fit.intervalSourceLabel());
    put(out, "spanHalfLives", fit.spanHalfLives());
    ArrayNode caveats = out.json().putArray("caveats");
    fit.caveats().forEach(c -> caveats.add(c.name()));
    out.json().put("multiScale", multiScale);
    if (multiScale) {
      TwoTimescaleFit two = twoScale.get();
      Output.put(out.json(), "halfLifeFastHours", two.halfLifeFastHours());
      pair(out.json(), "halfLifeFastHoursCi", two.halfLifeFastHoursCi());
      Output.put(out.json(), "halfLifeSlowHours", two.halfLifeSlowHours());
      pair(out.json(), "halfLifeSlowHoursCi", two.halfLifeSlowHoursCi());
      Output.put(out.json(), "lrStatistic", two.lrStatistic());
    }
    out.json().put("timeUnit", "hour");
    out.json().put("perHour", rate.perHour);
    out.json().put("from", funding.firstTime().toString());
    out.json().put("to", funding.lastTime().toString());
    out.json().put("timeColumn", input.timeColumn());
    out.json().put("valueColumn", input.valueColumn());

    String perWhat = " per " + fit.intervalLabel() + " (" + fit.intervalSourceLabel() + ")";
    out.title("OU fit of " + series.file.getFileName() + " (" + fit.n() + " points, "
            + funding.firstTime() + " .. " + funding.lastTime() + "): " + fit.verdict())
        .row("half-life", fit.verdict() == OuVerdict.NOT_IDENTIFIED
            ? "shorter than the step (" + Output.number(fit.meanStepUnits()) + " h): not"
                + " identified, treat as i.i.d."
            : hours(fit.halfLifeHours()) + " (95% CI " + interval(ci) + "; MLE "
                + hours(fit.halfLifeHoursMle()) + ")")
        .row("span", number(fit.spanHalfLives()) + " half-lives"
            + (fit.caveats().isEmpty() ? "" : " " + fit.caveats()))
        .row("theta", number(fit.theta()) + " per hour (MLE " + number(fit.thetaMle()) + ")")
        .row("mu", mu.map(r -> Output.number(r.value())).orElse("n/a") + perWhat)
        .row("sigma", number(fit.sigma()) + " per sqrt(hour)")
        .row("stationary sd", sd.map(r -> Output.number(r.value())).orElse("n/a"))
        .row("ADF tau", number(fit.adfTau()))
        .row("entry level", Output.number(entry) + " (mu - 2 sd)")
        .row("exit level", Output.number(exit) + " (mu - 0.5 sd)");
    twoScale.ifPresent(two -> out.row("two timescales", (two.preferred() ? "preferred"
        : "not needed") + ": fast " + Output.number(two.halfLifeFastHours()) + " h, slow "
        + Output.number(two.halfLifeSlowHours()) + " h, LR "
        + Output.number(two.lrStatistic())));
    out.print(spec, output.json);
    return 0;
  }

  /** What a series-reading command read: the series and the columns it came from. */
  record Input(FundingSeries series, String timeColumn, String valueColumn) {}

  /**
   * Reads the file once (twice with an interval column: the second read takes the rate and
   * the interval columns together) and builds the series: DECLARED intervals from the
   * column, else intervals inferred by core's one inference.
   */
  static Input read(CommandSpec spec, SeriesOptions series, RateColumnOptions rate,
      String intervalColumn) throws IOException {
    CsvSeries data = series.read(spec, rate.valueColumns());
    String timeColumn = data.timeColumn();
    String valueColumn = data.valueColumns().get(0);
    long[] ms = epochMillis(data.times());
    if (intervalColumn == null) {
      return new Input(inferred(spec, ms, data.values()), timeColumn, valueColumn);
    }
    CsvSeries both = series.read(spec, List.of(valueColumn, intervalColumn));
    double[] hours = both.values(1);
    long[] intervals = new long[hours.length];
    for (int i = 0; i < hours.length; i++) {
      double h = hours[i];
      if (!(h > 0) || h > 24 * 366) {
        throw new IllegalArgumentException(series.file + " line " + both.line(i) + ", column '"
            + intervalColumn + "': interval must be a positive number of hours, was " + h);
      }
      intervals[i] = Math.round(h * 3_600_000L);
    }
    return new Input(FundingSeries.of(epochMillis(both.times()), both.values(0), intervals,
        IntervalSource.DECLARED), timeColumn, valueColumn);
  }

  /**
   * The series with intervals inferred by core's one inference; when the spacing gives none
   * (no step is a whole-minute divisor of a day), every rate is taken to be per the median
   * step, labelled ASSUMED, and a note says so on standard error.
   */
  static FundingSeries inferred(CommandSpec spec, long[] ms, double[] values) {
    try {
      return FundingSeries.inferred(ms, values);
    } catch (IllegalArgumentException e) {
      if (ms.length < 2) {
        throw e;
      }
      long[] steps = new long[ms.length - 1];
      for (int i = 1; i < ms.length; i++) {
        steps[i - 1] = ms[i] - ms[i - 1];
      }
      java.util.Arrays.sort(steps);
      java.time.Duration median = java.time.Duration.ofMillis(steps[steps.length / 2]);
      Output.note(spec, "no settlement interval can be inferred (" + e.getMessage()
          + "); taking every rate to be per the median step " + median + " (assumed)");
      return FundingSeries.of(ms, values, median, IntervalSource.ASSUMED);
    }
  }

  static long[] epochMillis(Instant[] times) {
    long[] ms = new long[times.length];
    for (int i = 0; i < ms.length; i++) {
      ms[i] = times[i].toEpochMilli();
    }
    return ms;
  }

  /** A [low, high] pair, an infinite bound as the string "Infinity" (spec/cli.md). */
  static void pair(ObjectNode node, String key, ConfidenceInterval ci) {
    if (ci == null) {
      node.putNull(key);
      return;
    }
    pair(node, key, ci.lower(), ci.upper());
  }

  /** A [low, high] pair of numbers, an infinite bound as the string "Infinity". */
  static void pair(ObjectNode node, String key, double low, double high) {
    ArrayNode array = node.putArray(key);
    for (double v : new double[] {low, high}) {
      if (v == Double.POSITIVE_INFINITY) {
        array.add("Infinity");
      } else if (v == Double.NEGATIVE_INFINITY) {
        array.add("-Infinity");
      } else if (Double.isNaN(v)) {
        array.addNull();
      } else {
        array.add(v);
      }
    }
  }

  /**
   * Reverse-farm levels from the fitted parameters; when θ is not identified, from the sample
   * mean and sd the fit reports instead.
   */
  private static Optional<SignalLevels> levels(OuFit fit) {
    if (fit.parameters().isPresent()) {
      return Optional.of(SignalLevels.reverseFarm(fit.parameters().get()));
    }
    Optional<FundingRate> mu = fit.mu();
    Optional<FundingRate> sd = fit.stationarySd();
    if (mu.isPresent() && sd.isPresent() && sd.get().value() > 0) {
      return Optional.of(new SignalLevels(FarmSide.REVERSE, mu.get().value(), sd.get().value(),
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
}
