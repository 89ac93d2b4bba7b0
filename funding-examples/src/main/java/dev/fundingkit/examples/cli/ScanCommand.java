package dev.fundingkit.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fundingkit.core.carry.CarryScanner;
import dev.fundingkit.core.carry.ScanFlag;
import dev.fundingkit.core.carry.ScanRow;
import dev.fundingkit.core.rate.FundingIntervals;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.io.ScanFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code fundingkit scan}: carry economics across assets, ranked by net yield. */
@Command(
    name = "scan",
    header = "Rank assets by net carry yield.",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description =
        "Reads asset,rate,interval,borrow rows (rate a fraction per interval, borrow a fraction"
            + " a year) and ranks the carries by net yield, best first. A negative rate is"
            + " collected by the reverse carry, a positive one by the forward carry. An asset is"
            + " flagged when its rate is below --rate-threshold and its net yield above"
            + " --net-threshold.",
    footer = {
      "",
      "Example, with assets.csv holding:",
      "  asset,rate,interval,borrow",
      "  BTC,-0.0003,8h,0.08",
      "  ETH,-0.00005,8h,0.08",
      "then: fundingkit scan assets.csv --json"
    })
final class ScanCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE.csv[.gz]",
      description = "CSV with columns asset,rate,interval,borrow (any order, any case).")
  Path file;

  @Option(
      names = "--rate-threshold",
      paramLabel = "RATE",
      converter = RateText.class,
      description = "Flag rates below this, such as -0.02%%/8h or -0.0002/8h (default:"
          + " -0.02%%/8h).")
  FundingRate rateThreshold = CarryScanner.DEFAULT_RATE_THRESHOLD;

  @Option(
      names = "--net-threshold",
      paramLabel = "ANNUAL_FRACTION",
      converter = ArgTypes.Fraction.class,
      description = "Flag net yields above this, a fraction a year (default: 0.10).")
  double netThreshold = CarryScanner.DEFAULT_NET_YIELD_THRESHOLD;

  @Mixin InputOptions input;

  @Mixin JsonOption output;

  /** A rate with its interval, as {@link FundingRate#parse(CharSequence)} reads it. */
  static final class RateText implements ITypeConverter<FundingRate> {
    @Override
    public FundingRate convert(String text) {
      try {
        return FundingRate.parse(text);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  @Override
  public Integer call() throws IOException {
    CarryScanner scanner = CarryScanner.defaults().withRateThreshold(rateThreshold)
        .withNetYieldThreshold(netThreshold);
    List<ScanRow> rows = scanner.scan(ScanFile.read(file, input.scanFilters(spec)));
    if (output.json) {
      Output out = new Output();
      out.json().put("rateThreshold", rateThreshold.toString());
      Output.put(out.json(), "netYieldThreshold", netThreshold);
      ArrayNode array = out.json().putArray("rows");
      for (ScanRow row : rows) {
        ObjectNode node = array.addObject();
        node.put("asset", row.asset());
        Output.put(node, "rate", row.rate().value());
        node.put("interval", FundingIntervals.format(row.rate().interval()));
        node.put("side", row.economics().side().name());
        Output.put(node, "fundingYield", row.fundingYield());
        Output.put(node, "borrowCost", row.borrowCost());
        Output.put(node, "netYield", row.netYield());
        node.put("profitable", row.economics().profitable());
        Output.put(node, "breakevenRate", row.economics().breakevenRate().value());
        ArrayNode flags = node.putArray("flags");
        row.flags().forEach(f -> flags.add(f.name()));
        node.put("alert", row.alert());
      }
      out.print(spec, true);
    } else {
      printTable(rows);
    }
    return 0;
  }

  private void printTable(List<ScanRow> rows) {
    String format = "%-12s %-16s %-8s %10s %10s %10s  %s%n";
    StringBuilder text = new StringBuilder();
    text.append(String.format("Carry scan of %d assets, best net yield first; alert when rate < %s"
        + " and net > %s a year%n", rows.size(), rateThreshold, Output.percent(netThreshold)));
    text.append(String.format(format, "asset", "rate", "side", "funding", "borrow", "net",
        "flags"));
    for (ScanRow row : rows) {
      text.append(String.format(format, row.asset(),
          Output.percent(row.rate().value()) + "/" + FundingIntervals.format(row.rate().interval()),
          row.economics().side(), Output.percent(row.fundingYield()),
          Output.percent(row.borrowCost()), Output.percent(row.netYield()), flags(row)));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(text);
    out.flush();
  }

  private static String flags(ScanRow row) {
    if (row.alert()) {
      return "ALERT";
    }
    StringBuilder sb = new StringBuilder();
    for (ScanFlag flag : row.flags()) {
      sb.append(sb.length() == 0 ? "" : ", ")
          .append(flag == ScanFlag.RATE_BELOW_THRESHOLD ? "rate below" : "net above");
    }
    return sb.toString();
  }
}
