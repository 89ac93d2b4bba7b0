package dev.fundingkit.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fundingkit.core.formula.FundingFormula;
import dev.fundingkit.core.formula.PublishedPrecision;
import dev.fundingkit.core.venue.FundingRuleVersion;
import dev.fundingkit.core.venue.SymbolTerms;
import dev.fundingkit.core.venue.UnknownFundingRuleException;
import dev.fundingkit.examples.io.CsvInputException;
import dev.fundingkit.examples.io.CsvSeries;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code fundingkit reproduce}: published rates checked against the venue's formula. */
@Command(
    name = "reproduce",
    header = "Check published rates against the venue's formula.",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description =
        "Recomputes each row's rate from its premium with the venue's rule in force at the row's"
            + " time, and compares it with the published rate: exact at the venue's published"
            + " precision, and within --tolerance. Rows are independent, so a file may hold"
            + " several symbols one after the other; --where selects some.",
    footer = {
      "",
      "Example (Hyperliquid BTC and ETH hourly funding with premium):",
      "  fundingkit reproduce --venue hyperliquid hyperliquid_btc_eth_funding_premium_1h.csv.gz",
      "      --time-column time_ms --premium-column premium --rate-column funding_rate_1h --json"
    })
final class ReproduceCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin VenueArgs venueArgs;

  @Mixin SeriesOptions series;

  @Option(
      names = "--premium-column",
      required = true,
      paramLabel = "NAME",
      description = "Column with the interval's average premium index, a fraction.")
  String premiumColumn;

  @Option(
      names = "--rate-column",
      required = true,
      paramLabel = "NAME",
      description = "Column with the published rate, a fraction per interval.")
  String rateColumn;

  @Option(
      names = "--tolerance",
      paramLabel = "FRACTION",
      converter = ArgTypes.NonNegative.class,
      description = "Largest absolute error that counts as reproduced (default: one unit in"
          + " the venue's last published decimal, 1e-12 if it publishes unrounded).")
  Double tolerance;

  @Mixin JsonOption output;

  @Override
  public Integer call() throws IOException {
    if (series.columns.timeColumn == null) {
      throw new ParameterException(spec.commandLine(),
          "Missing required option: '--time-column=NAME'");
    }
    CsvSeries data = series.read(spec,
        series.columns.columns(List.of(premiumColumn, rateColumn)).withAnyTimeOrder());
    Instant[] times = data.times();
    double[] premiums = data.values(0);
    double[] published = data.values(1);
    double[] computed = new double[times.length];
    PublishedPrecision precision = recompute(data, times, premiums, computed);
    double limit = tolerance != null
        ? tolerance
        : precision.isUnrounded() ? 1e-12 : BigDecimal.ONE.movePointLeft(precision.decimals())
            .doubleValue();

    int exact = 0;
    int within = 0;
    int worst = 0;
    double maxError = -1;
    for (int i = 0; i < times.length; i++) {
      double error = Math.abs(computed[i] - published[i]);
      if (error > maxError) {
        maxError = error;
        worst = i;
      }
      if (error <= limit) {
        within++;
      }
      if (sameWhenPublished(precision, computed[i], published[i])) {
        exact++;
      }
    }

    Output out = new Output();
    out.json().put("rows", times.length);
    out.json().put("exact", exact);
    out.json().put("withinTolerance", within);
    Output.put(out.json(), "maxAbsError", maxError);
    ObjectNode worstRow = out.json().putObject("worst");
    worstRow.put("time", times[worst].toString());
    Output.put(worstRow, "published", published[worst]);
    Output.put(worstRow, "computed", computed[worst]);
    Output.put(worstRow, "premium", premiums[worst]);
    worstRow.put("line", data.line(worst));
    out.json().put("venue", venueArgs.venue().id());
    Output.put(out.json(), "tolerance", limit);
    out.json().put("precision", precision.toString());

    int rows = times.length;
    out.title(venueArgs.venue().id() + " formula against " + rows + " published rates in "
            + data.file().getFileName())
        .row("exact", exact + " of " + rows + " (" + Output.percent((double) exact / rows)
            + ") at the published precision (" + precision + ")")
        .row("within " + Output.number(limit), within + " of " + rows + " ("
            + Output.percent((double) within / rows) + ")")
        .row("max abs error", Output.number(maxError) + " at " + times[worst] + " (line "
            + data.line(worst) + "): published " + Output.exact(published[worst])
            + ", computed " + Output.exact(computed[worst]));
    out.print(spec, output.json);
    return 0;
  }

  /**
   * Fills {@code computed} with the rule in force at each row's time, one bulk formula call per
   * run of rows under the same rule; returns the precision of the last rule used.
   */
  private PublishedPrecision recompute(CsvSeries data, Instant[] times, double[] premiums,
      double[] computed) {
    PublishedPrecision precision = null;
    int start = 0;
    while (start < times.length) {
      FundingRuleVersion rule = rule(data, start, times[start]);
      int end = start + 1;
      while (end < times.length && rule(data, end, times[end]).equals(rule)) {
        end++;
      }
      Duration symbolInterval = venueArgs.intervalUnder(rule);
      FundingFormula formula;
      try {
        formula = rule.formulaFor(SymbolTerms.of(symbolInterval));
      } catch (UnknownFundingRuleException e) {
        throw new CsvInputException(data.file(), data.line(start), data.timeColumn(),
            e.getMessage());
      }
      double[] out = new double[end - start];
      formula.rates(Arrays.copyOfRange(premiums, start, end), symbolInterval, out);
      System.arraycopy(out, 0, computed, start, out.length);
      precision = rule.precision();
      start = end;
    }
    return precision;
  }

  private FundingRuleVersion rule(CsvSeries data, int row, Instant time) {
    try {
      return venueArgs.venue().versionAt(time);
    } catch (UnknownFundingRuleException e) {
      throw new CsvInputException(data.file(), data.line(row), data.timeColumn(),
          e.getMessage());
    }
  }

  private static boolean sameWhenPublished(PublishedPrecision precision, double computed,
      double published) {
    return new BigDecimal(precision.publish(computed))
        .compareTo(new BigDecimal(precision.publish(published))) == 0;
  }
}
