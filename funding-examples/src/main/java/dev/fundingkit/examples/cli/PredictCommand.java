package dev.fundingkit.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fundingkit.core.formula.FundingBreakdown;
import dev.fundingkit.core.live.FundingMonitor;
import dev.fundingkit.core.live.FundingSnapshot;
import dev.fundingkit.core.live.LateSamples;
import dev.fundingkit.core.live.PaymentPreview;
import dev.fundingkit.core.rate.FundingIntervals;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.rate.PositionSide;
import dev.fundingkit.core.schedule.ScheduleChange;
import dev.fundingkit.core.venue.FundingConvention;
import dev.fundingkit.core.venue.SymbolTerms;
import dev.fundingkit.core.venue.UnknownFundingRuleException;
import dev.fundingkit.io.CsvSeries;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code fundingkit predict}: replays premium samples through a live {@code FundingMonitor}
 * and prints the predicted rate and the next-settlement view at the last sample.
 */
@Command(
    name = "predict",
    header = "The venue's predicted rate and next settlement from premium samples.",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description =
        "Replays a CSV of premium samples (columns time,premium; in time order) through the"
            + " live monitor of core.live, as a trading system would feed it, and prints the"
            + " state at the last sample (or at --at): the rate the venue would compute for"
            + " the current interval with its own window (anchored or rolling) and averaging,"
            + " and the next settlement. At a settlement instant the rate equals"
            + " 'fundingkit rate' for that window's average premium.",
    footer = {
      "",
      "JSON keys: venue, symbol, interval, asOf, replayed, dropped, ready, rate (null when the"
          + " window holds no sample), published, premium (the window's average), capped,"
          + " samples, windowStart, coverage (share of the window the file covers), elapsed"
          + " (share of the interval passed), nextSettlement, secondsToNextSettlement, paidAt"
          + " (when the predicted rate is paid; null if the venue does not say), nextPayment"
          + " (the rate paid at nextSettlement; null if not known from the file),"
          + " nextPaymentFixed, intervalSwitch (null, or {rule, to, firstSettlement, reason}"
          + " when the venue's interval rules would switch after nextSettlement),"
          + " lastSettlement, openedNowPaysLastSettlement, longCashFlow (with"
          + " --position-value: what a long of that value receives (+) or pays (-) at"
          + " nextSettlement; else null).",
      "",
      "Example:",
      "  fundingkit predict --venue binance-usdm samples.csv --json",
      "  fundingkit predict --venue bybit --interval 4h samples.csv --at 2025-10-01T02:00:00Z"
    })
final class PredictCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin VenueArgs venueArgs;

  @Mixin SeriesOptions input;

  @Option(
      names = "--at",
      paramLabel = "INSTANT",
      converter = ArgTypes.Time.class,
      description = "Replay the samples up to this instant and answer there (default: the"
          + " last sample). Not before the first sample.")
  Instant at;

  @Option(
      names = "--symbol",
      paramLabel = "NAME",
      description = "Venue symbol, for interval rules that exempt symbols (BTCUSDT on Bybit).")
  String symbol;

  @Option(
      names = "--drop-late",
      description = "Drop and count samples out of time order instead of failing.")
  boolean dropLate;

  @Option(
      names = "--position-value",
      paramLabel = "VALUE",
      converter = ArgTypes.NonNegative.class,
      description = "Preview the funding of a long of this value at the next settlement.")
  Double positionValue;

  @Mixin JsonOption output;

  @Override
  public Integer call() throws IOException {
    ArgTypes.zoneRemark(spec, "--at");
    FundingConvention venue = venueArgs.venue();
    // Read in file order: the monitor itself rejects (or, with --drop-late, drops) a late sample.
    CsvSeries series = input.readColumns(spec, List.of("premium"));
    Instant[] times = series.times();
    double[] premiums = series.values();
    if (times.length == 0) {
      throw new ParameterException(spec.commandLine(), input.file(spec) + ": no premium samples");
    }
    if (at != null && at.isBefore(times[0])) {
      throw new ParameterException(spec.commandLine(),
          "--at must not be before the first sample " + times[0] + ", was " + at);
    }
    Instant ruleAt = at != null ? at : times[times.length - 1];
    SymbolTerms terms = SymbolTerms.of(venueArgs.intervalUnder(venue.versionAt(ruleAt)));
    FundingMonitor.Builder builder = FundingMonitor.builder(venue, terms)
        .lateSamples(dropLate ? LateSamples.DROP : LateSamples.REJECT);
    if (symbol != null) {
      builder.symbol(symbol);
    }
    FundingMonitor monitor = builder.build();
    int replayed = 0;
    for (int i = 0; i < times.length; i++) {
      if (at != null && times[i].isAfter(at)) {
        if (!dropLate) {
          break;
        }
        continue;
      }
      try {
        monitor.add(times[i].toEpochMilli(), premiums[i]);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(input.file(spec) + " line " + series.line(i) + ": "
            + e.getMessage(), e);
      }
      replayed++;
    }
    if (at != null) {
      monitor.advanceTo(at);
    }
    print(monitor.snapshot(), replayed);
    return 0;
  }

  private void print(FundingSnapshot s, int replayed) {
    String interval = FundingIntervals.format(s.interval());
    Optional<FundingBreakdown> b = s.predicted();
    Output out = new Output();
    ObjectNode json = out.json();
    json.put("venue", s.venueId());
    if (s.symbol().isEmpty()) {
      json.putNull("symbol");
    } else {
      json.put("symbol", s.symbol());
    }
    json.put("interval", interval);
    json.put("asOf", s.asOf().orElseThrow().toString());
    json.put("replayed", replayed);
    json.put("dropped", s.droppedSamples());
    json.put("ready", s.isReady());
    if (b.isPresent()) {
      Output.put(json, "rate", b.get().rate().value());
      json.put("published", b.get().published());
      Output.put(json, "premium", b.get().averagePremium());
      json.put("capped", b.get().capped());
    } else {
      json.putNull("rate");
      json.putNull("published");
      json.putNull("premium");
      json.putNull("capped");
    }
    json.put("samples", s.samples());
    json.put("windowStart", s.windowStart().toString());
    Output.put(json, "coverage", s.coverage());
    Output.put(json, "elapsed", s.elapsed());
    json.put("nextSettlement", s.nextSettlement().toString());
    json.put("secondsToNextSettlement", s.timeToNextSettlement().toMillis() / 1000.0);
    Optional<Instant> paidAt = known(s::paidAt);
    putText(json, "paidAt", paidAt.map(Instant::toString));
    Optional<Optional<FundingRate>> next = known(s::nextPayment);
    Optional<FundingRate> nextRate = next.flatMap(r -> r);
    if (nextRate.isPresent()) {
      Output.put(json, "nextPayment", nextRate.get().value());
    } else {
      json.putNull("nextPayment");
    }
    Optional<Boolean> fixed = known(s::isNextPaymentFixed);
    if (fixed.isPresent()) {
      json.put("nextPaymentFixed", fixed.get());
    } else {
      json.putNull("nextPaymentFixed");
    }
    Optional<ScheduleChange> change = s.intervalSwitch();
    if (change.isPresent()) {
      ObjectNode c = json.putObject("intervalSwitch");
      c.put("rule", change.get().rule());
      c.put("to", change.get().to().toString());
      c.put("firstSettlement", change.get().firstSettlement().toString());
      c.put("reason", change.get().reason());
    } else {
      json.putNull("intervalSwitch");
    }
    json.put("lastSettlement", s.lastSettlement().toString());
    json.put("openedNowPaysLastSettlement", s.openedNowPaysLastSettlement());
    Optional<PaymentPreview> payment = positionValue == null ? Optional.empty()
        : known(() -> s.paymentOnValue(PositionSide.LONG, positionValue)).flatMap(p -> p);
    if (payment.isPresent()) {
      Output.put(json, "longCashFlow", payment.get().cashFlow());
    } else {
      json.putNull("longCashFlow");
    }

    out.title(s.venueId() + (s.symbol().isEmpty() ? "" : " " + s.symbol()) + " at "
        + s.asOf().get() + ": " + b.map(x -> Output.percent(x.rate().value()) + "/" + interval
            + " predicted, published " + x.published()).orElse("no sample in the window"))
        .row("window", "(" + s.windowStart() + ", " + s.asOf().get() + "], " + s.samples()
            + " samples, coverage " + Output.percent(s.coverage()))
        .row("premium P", b.map(x -> Output.number(x.averagePremium())).orElse("n/a"))
        .row("next settlement", s.nextSettlement() + " (in " + s.timeToNextSettlement() + ")")
        .row("paid at", paidAt.map(Instant::toString).orElse("unknown (venue does not say)"))
        .row("rate paid next", nextRate.map(r -> Output.percent(r.value()) + "/" + interval
            + (fixed.orElse(false) ? " (fixed)" : " (predicted)")).orElse("unknown"))
        .row("interval switch", change.map(c -> "to " + c.to() + " from "
            + c.firstSettlement() + " (" + c.rule() + ": " + c.reason() + ")").orElse("none"))
        .row("opened now pays " + s.lastSettlement(),
            s.openedNowPaysLastSettlement() ? "yes" : "no");
    if (positionValue != null) {
      out.row("long of " + Output.number(positionValue), payment
          .map(p -> (p.pays() ? "pays " : "receives ") + Output.number(Math.abs(p.cashFlow())))
          .orElse("unknown"));
    }
    if (s.droppedSamples() > 0) {
      out.row("dropped", s.droppedSamples() + " late samples");
    }
    out.print(spec, output.json);
  }

  /** The value, or empty when the venue has not published the fact it needs. */
  private static <T> Optional<T> known(Supplier<T> fact) {
    try {
      return Optional.of(fact.get());
    } catch (UnknownFundingRuleException unpublished) {
      return Optional.empty();
    }
  }

  private static void putText(ObjectNode json, String key, Optional<String> value) {
    if (value.isPresent()) {
      json.put(key, value.get());
    } else {
      json.putNull(key);
    }
  }
}
