package dev.fundingkit.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fundingkit.io.FundingInputException;
import dev.fundingkit.io.CsvSeries;
import dev.fundingkit.io.RowFilter;
import dev.fundingkit.io.SeriesColumns;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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

  @Mixin ColumnOptions columns;

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

  @Override
  public Integer call() throws IOException {
    List<String> notes = new ArrayList<>();
    ReportData data = files.isEmpty() ? ReportData.demo() : read(notes);
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

  private ReportData read(List<String> notes) throws IOException {
    SeriesColumns selection = columns.columns(rate.valueColumns());
    List<CsvSeries> parts = new ArrayList<>();
    for (Path file : files) {
      parts.add(CsvSeries.read(file, selection));
    }
    parts.sort(Comparator.comparing(p -> p.times()[0]));
    List<Instant> times = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (CsvSeries part : parts) {
      Instant[] t = part.times();
      double[] v = part.values();
      if (!times.isEmpty() && !t[0].isAfter(times.get(times.size() - 1))) {
        throw new FundingInputException(part.file(), part.line(0), part.timeColumn(),
            "time " + t[0] + " overlaps the previous file, which ends at "
                + times.get(times.size() - 1));
      }
      for (int i = 0; i < t.length; i++) {
        times.add(t[i]);
        values.add(v[i]);
      }
      for (String note : part.notes()) {
        notes.add(part.file() + ": " + note);
      }
    }
    Instant[] t = times.toArray(new Instant[0]);
    if (t.length < 2) {
      throw new FundingInputException(parts.get(0).file(), 0, null,
          "need at least 2 settlements, found " + t.length);
    }
    CsvSeries first = parts.get(0);
    List<RowFilter> filters = columns.filters;
    String name = first.file().getFileName().toString().replaceFirst("\\.csv(\\.gz)?$", "")
        + (parts.size() > 1 ? " +" + (parts.size() - 1) + " files" : "")
        + (filters.isEmpty() ? "" : " " + filters);
    String source = "Read from " + String.join(", ", files.stream().map(Path::toString)
        .toList()) + ": time column '" + first.timeColumn() + "', rate column '"
        + first.valueColumns().get(0) + "'" + (filters.isEmpty() ? "" : ", rows where "
        + filters) + "; " + t.length + " settlements, intervals inferred from their spacing.";
    return ReportData.inferringIntervals(name, source, t,
        values.stream().mapToDouble(Double::doubleValue).toArray());
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

  private static Output json(FundingReport report, Path page, List<Path> charts) {
    Output o = new Output();
    ObjectNode j = o.json();
    j.put("report", page.toString());
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
