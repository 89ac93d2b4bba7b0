package dev.fundingkit.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fundingkit.io.FundingInputException;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.series.FundingGap;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.io.FundingInput;
import dev.fundingkit.io.RowFilter;
import dev.fundingkit.examples.report.FundingReport;
import dev.fundingkit.examples.report.HtmlReport;
import dev.fundingkit.examples.report.ReportCharts;
import dev.fundingkit.examples.report.ReportData;
import dev.fundingkit.examples.report.ReportSettings;
import dev.fundingkit.examples.report.ReportSummary;
import dev.fundingkit.examples.report.SummaryLine;
import dev.fundingkit.stats.regime.RegimeKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fundingkit report}: the HTML report with charts, and a text summary. */
@Command(
    name = "report",
    header = "HTML report with charts: statistics, OU fit, regimes, signals, carry, backtest.",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description =
        "Writes DIR/report.html with PNG charts (funding with bands, signals and regimes;"
            + " rolling half-life with its interval; reverse-carry backtest) and prints a"
            + " summary. Without --csv it runs on the built-in SYNTHETIC demonstration data"
            + " (generated deterministically by FundingKit's own OU simulator). Several --csv"
            + " files are joined in time order (e.g. monthly Binance public-data files) and must"
            + " not overlap.",
    footer = {
      "",
      "Examples:",
      "  fundingkit report",
      "  fundingkit report --csv binance_8h.csv.gz --where symbol=BTCUSDT --out btc-report",
      "  fundingkit report --csv BTCUSDT-fundingRate-2024-01.csv"
          + " --csv BTCUSDT-fundingRate-2024-02.csv"
    })
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--csv",
      paramLabel = "FILE",
      arity = "1..*",
      description =
          "Funding CSV file(s) with a header row, plain or gzip (Binance public data"
              + " calc_time,funding_interval_hours,last_funding_rate; venue API exports; any CSV"
              + " by column names). Default: the built-in synthetic demonstration data.")
  List<Path> files = new ArrayList<>();

  @Mixin InputOptions input;

  @Mixin RateColumnOptions rate;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Directory for report.html and the charts (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("fundingkit-report");

  @Option(
      names = "--borrow",
      paramLabel = "ANNUAL_FRACTION",
      converter = ArgTypes.NonNegative.class,
      description = "Spot borrow rate a year for the reverse carry (default: ${DEFAULT-VALUE}).")
  double borrow = ReportSettings.DEFAULT.annualBorrow();

  @Mixin JsonOption output;

  /** The series read from --csv, or null for the demonstration data. */
  private FundingSeries series;

  @Override
  public Integer call() throws IOException {
    List<String> notes = new ArrayList<>();
    ReportData data = files.isEmpty() ? ReportData.demo() : read();
    ReportSettings settings =
        ReportSettings.DEFAULT.withPerHour(rate.perHour).withAnnualBorrow(borrow);
    // Remarks and progress reach stderr only once the input is accepted: bad input gets one line.
    FundingReport report = FundingReport.analyse(data, settings, line -> {
      notes.forEach(note -> Output.note(spec, note));
      notes.clear();
      Output.note(spec, line);
    });
    Files.createDirectories(out);
    Output.note(spec, "writing charts and " + HtmlReport.FILE + " to " + out);
    List<Path> charts = ReportCharts.write(report, out);
    Path page = HtmlReport.write(report, charts, out);
    if (output.json) {
      json(report, page, charts).print(spec, true);
    } else {
      text(report, page);
    }
    return 0;
  }

  private ReportData read() throws IOException {
    FundingInput in = input.readOne(spec, files);
    series = in.single();
    if (series.size() < 2) {
      throw new FundingInputException(files.get(0), 0, in.timeColumn(),
          "need at least 2 settlements, found " + series.size());
    }
    List<RowFilter> filters = input.filters;
    Path first = files.get(0);
    String name = first.getFileName().toString()
        .replaceFirst("\\.(csv|json)(\\.gz)?$|\\.zip$", "")
        + (files.size() > 1 ? " +" + (files.size() - 1) + " files" : "")
        + (filters.isEmpty() ? "" : " " + filters);
    String source = "Read from " + String.join(", ", files.stream().map(Path::toString)
        .toList()) + " as " + in.format().id() + ": time column '" + in.timeColumn()
        + "', rate column '" + in.valueColumn() + "'" + (filters.isEmpty() ? ""
            : ", rows where " + filters) + "; " + series.size() + " settlements, interval "
        + series.intervalLabel() + " (" + series.intervalSourceLabel() + ").";
    FundingRate[] rates = new FundingRate[series.size()];
    for (int i = 0; i < rates.length; i++) {
      rates[i] = series.get(i);
    }
    return ReportData.of(name, source, false, series.toInstants(), rates);
  }

  /**
   * The {@code series} list of the contract (one entry per input, with its interval, the
   * interval's source and the gaps found), and the top-level {@code interval} and
   * {@code intervalSource}.
   */
  private void seriesJson(ObjectNode j, FundingReport report) {
    ArrayNode list = j.putArray("series");
    ObjectNode entry = list.addObject();
    entry.put("name", report.data().name());
    if (series == null) {
      entry.put("rows", report.data().size());
      entry.put("from", report.data().times()[0].toString());
      entry.put("to", report.data().times()[report.data().size() - 1].toString());
      entry.put("interval", "8h");
      entry.put("intervalSource", "declared");
      entry.putArray("gaps");
      j.put("interval", "8h");
      j.put("intervalSource", "declared");
      return;
    }
    entry.put("rows", series.size());
    entry.put("from", series.firstTime().toString());
    entry.put("to", series.lastTime().toString());
    entry.put("interval", series.intervalLabel());
    entry.put("intervalSource", series.intervalSourceLabel());
    ArrayNode gaps = entry.putArray("gaps");
    for (FundingGap gap : series.gaps()) {
      ObjectNode g = gaps.addObject();
      g.put("from", gap.lastBefore().toString());
      g.put("to", gap.firstAfter().toString());
      g.put("missingSettlements", gap.missingSettlements());
    }
    j.put("interval", series.intervalLabel());
    j.put("intervalSource", series.intervalSourceLabel());
  }

  private void text(FundingReport report, Path page) {
    StringBuilder text = new StringBuilder();
    String nl = System.lineSeparator();
    if (report.data().synthetic()) {
      text.append("SYNTHETIC demonstration data (not market data); pass --csv FILE for real"
          + " data.").append(nl);
    }
    List<SummaryLine> lines = ReportSummary.lines(report);
    int width = lines.stream().mapToInt(l -> l.label().length()).max().orElse(0);
    String section = "";
    for (SummaryLine line : lines) {
      if (!line.section().equals(section)) {
        section = line.section();
        text.append(section).append(nl);
      }
      text.append("  ").append(line.label())
          .append(" ".repeat(width - line.label().length() + 2)).append(line.value()).append(nl);
    }
    text.append("Report: ").append(page.toAbsolutePath().normalize()).append(nl);
    PrintWriter w = spec.commandLine().getOut();
    w.print(text);
    w.flush();
  }

  private Output json(FundingReport report, Path page, List<Path> charts) {
    Output o = new Output();
    ObjectNode j = o.json();
    j.put("report", page.toString());
    seriesJson(j, report);
    ArrayNode files = j.putArray("charts");
    charts.forEach(c -> files.add(c.toString()));
    j.put("synthetic", report.data().synthetic());
    j.put("source", report.data().source());
    j.put("n", report.data().size());
    j.put("from", report.data().times()[0].toString());
    j.put("to", report.data().times()[report.data().size() - 1].toString());
    j.put("unit", report.unitLabel());
    Output.put(j, "meanPer8h", report.summary().mean());
    Output.put(j, "sdPer8h", report.summary().sd());
    j.put("verdict", report.fit().verdict().name());
    Output.put(j, "halfLifeHours", report.fit().halfLifeHours().orElse(Double.NaN));
    report.fit().halfLifeHoursCi().ifPresentOrElse(
        ci -> Output.array(j, "halfLifeHoursCi", ci.lower(), ci.upper()),
        () -> j.putNull("halfLifeHoursCi"));
    Output.put(j, "mu", report.fit().mu().orElse(Double.NaN));
    Output.put(j, "stationarySd", report.fit().stationarySd().orElse(Double.NaN));
    Output.put(j, "latestRate", report.latestRate().value());
    Output.put(j, "currentZ", report.currentZ().orElse(Double.NaN));
    ArrayNode current = j.putArray("currentRegimes");
    report.currentRegimes().forEach(e -> current.add(e.kind().name()));
    ObjectNode regimes = j.putObject("regimes");
    for (RegimeKind kind : RegimeKind.values()) {
      regimes.put(kind.name(), report.regimes().stream().filter(e -> e.kind() == kind).count());
    }
    Output.put(j, "entryLevel", report.levels().map(l -> l.entryLevel()).orElse(Double.NaN));
    Output.put(j, "exitLevel", report.levels().map(l -> l.exitLevel()).orElse(Double.NaN));
    j.put("signals", report.events().size());
    ObjectNode carry = j.putObject("carry");
    carry.put("side", report.carryNow().side().name());
    Output.put(carry, "netYield", report.carryNow().netYield());
    carry.put("profitable", report.carryNow().profitable());
    ObjectNode bt = j.putObject("backtest");
    bt.put("trades", report.backtest().trades().size());
    Output.put(bt, "borrow", report.backtest().annualBorrow());
    Output.put(bt, "funding", report.backtest().totalFunding());
    Output.put(bt, "borrowPaid", report.backtest().totalBorrow());
    Output.put(bt, "net", report.backtest().net());
    Output.put(bt, "timeInMarket", report.backtest().timeInMarket());
    return o;
  }
}
