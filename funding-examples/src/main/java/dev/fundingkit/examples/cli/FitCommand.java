package dev.fundingkit.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.io.FundingInput;
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

  /** Above this many points the two-timescale model is not fitted (its cost, not its need). */
  static final int TWO_TIMESCALE_LIMIT = 100_000;

  @Override
  public Integer call() throws IOException {
    Input input = read(spec, series);
    FundingSeries funding = input.series();
    String fileName = input.fileName();
    Instant first = funding.firstTime();
    Instant last = funding.lastTime();
    String intervalLabel = funding.intervalLabel();
    String sourceLabel = funding.intervalSourceLabel();
    boolean large = funding.size() > TWO_TIMESCALE_LIMIT;
    OuFit fit;
    if (large && !rate.perHour && funding.commonInterval().isPresent()) {
      // A large series with one interval: the fit needs only the primitive arrays, so the
      // series is dropped and a 20-million-row file fits in a 1 GB heap (issue 13).
      java.time.Duration interval = funding.commonInterval().get();
      boolean regular = isRegular(funding, interval.toMillis());
      long[] millis = regular ? null : funding.epochMillis();
      double[] values = funding.values();
      funding = null;
      input = new Input(null, input.timeColumn(), input.valueColumn(), fileName);
      // Settlements exactly one interval apart need no time array: the regular fit's closed
      // form (the same estimator fit() uses on a regular grid), and a third less memory.
      fit = regular ? OuFitter.defaults().fitRegular(values, interval)
          : OuFitter.defaults().fit(millis, values, interval);
    } else {
      fit = OuFitter.defaults().withPerHour(rate.perHour).fit(funding);
    }
    Optional<FundingRate> mu = fit.mu();
    Optional<FundingRate> sd = fit.stationarySd();
    Optional<SignalLevels> levels = levels(fit);
    double entry = levels.map(l -> l.entryLevel().value()).orElse(Double.NaN);
    double exit = levels.map(l -> l.exitLevel().value()).orElse(Double.NaN);
    ConfidenceInterval ci = fit.halfLifeHoursCi().orElse(null);
    if (large) {
      Output.note(spec, "two-timescale check skipped: " + fit.n() + " points is more than "
          + TWO_TIMESCALE_LIMIT + " (its Kalman likelihood costs seconds per 10,000 points)");
    }
    Optional<TwoTimescaleFit> twoScale = large || fit.verdict() == OuVerdict.INSUFFICIENT_DATA
        ? Optional.empty()
        : TwoTimescaleFitter.defaults().withPerHour(rate.perHour).fit(funding);
    boolean multiScale = twoScale.map(TwoTimescaleFit::preferred).orElse(false);

    Output out = new Output();
    fitJson(out.json(), fit, twoScale, rate.perHour ? fit.intervalLabel() : intervalLabel,
        rate.perHour ? fit.intervalSourceLabel() : sourceLabel);
    out.json().put("timeUnit", "hour");
    out.json().put("perHour", rate.perHour);
    out.json().put("from", first.toString());
    out.json().put("to", last.toString());
    out.json().put("timeColumn", input.timeColumn());
    out.json().put("valueColumn", input.valueColumn());

    String perWhat = " per " + (rate.perHour ? fit.intervalLabel() : intervalLabel) + " ("
        + (rate.perHour ? fit.intervalSourceLabel() : sourceLabel) + ")";
    out.title("OU fit of " + fileName + " (" + fit.n() + " points, "
            + first + " .. " + last + "): " + fit.verdict())
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

  /** Whether every settlement follows the previous one by exactly {@code intervalMs}. */
  private static boolean isRegular(FundingSeries series, long intervalMs) {
    java.nio.LongBuffer t = series.epochMilliBuffer();
    for (int i = 1; i < t.limit(); i++) {
      if (t.get(i) - t.get(i - 1) != intervalMs) {
        return false;
      }
    }
    return true;
  }

  /** What a series-reading command read: the series, the columns and the (first) file. */
  record Input(FundingSeries series, String timeColumn, String valueColumn, String fileName) {}

  /**
   * Reads the input through funding-io (format detection, filters, declared intervals from an
   * interval column or the payload, else core's one inference), which must hold one series.
   */
  static Input read(CommandSpec spec, SeriesOptions series) throws IOException {
    FundingInput in = series.read(spec);
    return new Input(in.single(), in.timeColumn(), in.valueColumn(),
        in.files().get(0).getFileName().toString());
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
  /**
   * The keys of {@code fit --json} (spec/cli.md), written into {@code j}: also the report's
   * {@code fit} object, so both commands say the same thing the same way.
   *
   * @param interval the interval label of the fitted rates (the series', not the array fit's)
   * @param source the interval source label
   */
  static void fitJson(ObjectNode j, OuFit fit, Optional<TwoTimescaleFit> twoScale,
      String interval, String source) {
    Optional<SignalLevels> levels = levels(fit);
    j.put("n", fit.n());
    put(j, "thetaMle", fit.thetaMle());
    put(j, "theta", fit.theta());
    Output.put(j, "mu", fit.mu().map(FundingRate::value).orElse(Double.NaN));
    put(j, "sigma", fit.sigma());
    Output.put(j, "stationarySd", fit.stationarySd().map(FundingRate::value).orElse(Double.NaN));
    put(j, "halfLifeHours", fit.halfLifeHours());
    put(j, "halfLifeHoursMle", fit.halfLifeHoursMle());
    pair(j, "halfLifeHoursCi", fit.halfLifeHoursCi().orElse(null));
    j.put("verdict", fit.verdict().name());
    put(j, "adfTau", fit.adfTau());
    Output.put(j, "entryLevel", levels.map(l -> l.entryLevel().value()).orElse(Double.NaN));
    Output.put(j, "exitLevel", levels.map(l -> l.exitLevel().value()).orElse(Double.NaN));
    j.put("interval", interval);
    j.put("intervalSource", source);
    put(j, "spanHalfLives", fit.spanHalfLives());
    ArrayNode caveats = j.putArray("caveats");
    fit.caveats().forEach(c -> caveats.add(c.name()));
    boolean multiScale = twoScale.map(TwoTimescaleFit::preferred).orElse(false);
    j.put("multiScale", multiScale);
    if (multiScale) {
      TwoTimescaleFit two = twoScale.get();
      Output.put(j, "halfLifeFastHours", two.halfLifeFastHours());
      pair(j, "halfLifeFastHoursCi", two.halfLifeFastHoursCi());
      Output.put(j, "halfLifeSlowHours", two.halfLifeSlowHours());
      pair(j, "halfLifeSlowHoursCi", two.halfLifeSlowHoursCi());
      Output.put(j, "lrStatistic", two.lrStatistic());
    }
  }

  private static Optional<SignalLevels> levels(OuFit fit) {
    if (fit.parameters().isPresent()) {
      return Optional.of(SignalLevels.reverseFarm(fit.parameters().get()));
    }
    Optional<FundingRate> mu = fit.mu();
    Optional<FundingRate> sd = fit.stationarySd();
    if (mu.isPresent() && sd.isPresent() && sd.get().value() > 0) {
      return Optional.of(new SignalLevels(FarmSide.REVERSE, mu.get(), sd.get(),
          SignalBands.DEFAULT));
    }
    return Optional.empty();
  }

  private static void put(ObjectNode j, String key, OptionalDouble value) {
    Output.put(j, key, value.orElse(Double.NaN));
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
