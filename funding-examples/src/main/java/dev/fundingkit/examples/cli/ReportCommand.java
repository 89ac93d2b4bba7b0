package dev.fundingkit.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.rate.FundingIntervals;
import dev.fundingkit.examples.io.CsvInputException;
import dev.fundingkit.examples.io.CsvSeries;
import dev.fundingkit.examples.io.RowFilter;
import dev.fundingkit.examples.io.SeriesColumns;
import dev.fundingkit.examples.report.FundingReport;
import dev.fundingkit.examples.report.HtmlReport;
import dev.fundingkit.examples.report.ReportCharts;
import dev.fundingkit.examples.report.ReportData;
import dev.fundingkit.examples.report.ReportSettings;
import dev.fundingkit.examples.report.ReportSummary;
import dev.fundingkit.examples.report.SummaryLine;
import dev.fundingkit.stats.backtest.BacktestTrade;
import dev.fundingkit.stats.backtest.CarryBacktestResult;
import dev.fundingkit.examples.report.page.ReportPage;
import dev.fundingkit.examples.report.page.ReportPageAdapter;
import dev.fundingkit.stats.regime.RegimeKind;
import dev.fundingkit.stats.signal.SignalBands;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code fundingkit report}: the HTML report with charts, and a text summary. */
@Command(
    name = "report",
    header = "HTML report with charts: statistics, OU fit, regimes, signals, carry, backtest.",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description =
        "Writes DIR/report.html, one self-contained interactive page that works offline"
            + " (zoomable charts of funding with bands, signals and regimes, venues compared,"
            + " spread, heatmap, cumulative funding, rolling half-life, histogram, backtest; every"
            + " episode, gap and trade; a unit switch), and prints a summary. --png also writes"
            + " static PNG charts. Without --csv it runs on the built-in SYNTHETIC demonstration data"
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

  /** What the JSON says for a figure the input cannot judge (never 0). */
  static final String NOT_JUDGED = "not judged";

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

  @Option(
      names = "--fees",
      paramLabel = "FRACTION",
      converter = ArgTypes.NonNegative.class,
      description = "Backtest trading fee on each fill of each leg, a fraction of notional"
          + " (four fills a round trip; default: ${DEFAULT-VALUE}).")
  double fees = ReportSettings.DEFAULT.feePerFill();

  @Option(
      names = "--entry-sd",
      paramLabel = "SDS",
      converter = ArgTypes.Positive.class,
      description = "Enter the reverse carry this many stationary sds below the OU mean"
          + " (default: ${DEFAULT-VALUE}).")
  double entrySd = SignalBands.DEFAULT.entrySds();

  @Option(
      names = "--exit-sd",
      paramLabel = "SDS",
      converter = ArgTypes.NonNegative.class,
      description = "Exit once the rate is back within this many sds of the mean, less than"
          + " --entry-sd (default: ${DEFAULT-VALUE}).")
  double exitSd = SignalBands.DEFAULT.exitSds();

  @Option(
      names = "--train",
      paramLabel = "DURATION",
      converter = ArgTypes.Interval.class,
      description = "Backtest training span: levels are fitted on the series' first DURATION"
          + " and traded only after it (e.g. 365d, 4320h; default: a third of the series, at"
          + " most 365 days).")
  Duration train;

  @Option(
      names = "--price-column",
      paramLabel = "NAME",
      description = "Column of the funding CSV with the perpetual's (mark) price at each"
          + " settlement; with --spot-csv the backtest marks the basis to market.")
  String priceColumn;

  @Option(
      names = "--spot-csv",
      paramLabel = "FILE",
      description = "Spot price CSV (time column as --time-column or a default name, price"
          + " column --spot-column): judges \"negative funding while spot rises\" and, with"
          + " --price-column, the backtest's basis P&L.")
  Path spotCsv;

  @Option(
      names = "--spot-column",
      paramLabel = "NAME",
      description = "Price column of --spot-csv (default: ${DEFAULT-VALUE}).")
  String spotColumn = "close";

  @Option(
      names = "--png",
      description = "Also write static PNG charts beside the page.")
  boolean png;

  @Mixin JsonOption output;

  @Override
  public Integer call() throws IOException {
    List<String> notes = new ArrayList<>();
    ReportData data = files.isEmpty() ? ReportData.demo() : read(notes);
    if (files.isEmpty() && (priceColumn != null || spotCsv != null)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--price-column and --spot-csv need --csv (the demo data has its own spot path)");
    }
    if (spotCsv != null) {
      data = withSpot(data);
    }
    SignalBands bands;
    try {
      bands = SignalBands.of(entrySd, exitSd);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Invalid value for option '--exit-sd': " + e.getMessage());
    }
    ReportSettings settings = ReportSettings.DEFAULT.withPerHour(rate.perHour)
        .withAnnualBorrow(borrow).withFeePerFill(fees).withBands(bands)
        .withTraining(train == null ? Duration.ZERO : train);
    // Remarks and progress reach stderr only once the input is accepted: bad input gets one line.
    FundingReport report = FundingReport.analyse(data, settings, line -> {
      notes.forEach(note -> Output.note(spec, note));
      notes.clear();
      Output.note(spec, line);
    });
    Files.createDirectories(out);
    Output.note(spec, "writing " + HtmlReport.FILE + (png ? " and PNG charts" : "") + " to "
        + out);
    List<Path> charts = png ? ReportCharts.write(report, out) : List.of();
    ReportPage model = files.isEmpty() ? ReportPageAdapter.demo(report)
        : ReportPageAdapter.of(report);
    Path page = HtmlReport.write(model, out);
    if (output.json) {
      json(report, page, charts).print(spec, true);
    } else {
      text(report, page);
    }
    return 0;
  }

  private ReportData withSpot(ReportData data) throws IOException {
    SeriesColumns spotColumns = SeriesColumns.defaults().withValueColumns(List.of(spotColumn));
    if (columns.timeColumn != null) {
      spotColumns = spotColumns.withTimeColumn(columns.timeColumn);
    }
    CsvSeries spot = CsvSeries.read(spotCsv, spotColumns);
    return data.withSpot(spot.times(), spot.values());
  }

  private ReportData read(List<String> notes) throws IOException {
    List<String> valueColumns = rate.valueColumns();
    if (priceColumn != null) {
      valueColumns = new ArrayList<>(valueColumns.isEmpty()
          ? List.of(SeriesColumns.DEFAULT_VALUE_COLUMNS.get(0)) : valueColumns);
      valueColumns.add(priceColumn);
    }
    SeriesColumns selection = columns.columns(valueColumns);
    List<CsvSeries> parts = new ArrayList<>();
    for (Path file : files) {
      parts.add(CsvSeries.read(file, selection));
    }
    parts.sort(Comparator.comparing(p -> p.times()[0]));
    List<Instant> times = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<Double> prices = new ArrayList<>();
    for (CsvSeries part : parts) {
      Instant[] t = part.times();
      double[] v = part.values();
      if (!times.isEmpty() && !t[0].isAfter(times.get(times.size() - 1))) {
        throw new CsvInputException(part.file(), part.line(0), part.timeColumn(),
            "time " + t[0] + " overlaps the previous file, which ends at "
                + times.get(times.size() - 1));
      }
      double[] p = priceColumn == null ? null : part.values(1);
      for (int i = 0; i < t.length; i++) {
        times.add(t[i]);
        values.add(v[i]);
        if (p != null) {
          prices.add(p[i]);
        }
      }
      for (String note : part.notes()) {
        notes.add(part.file() + ": " + note);
      }
    }
    Instant[] t = times.toArray(new Instant[0]);
    if (t.length < 2) {
      throw new CsvInputException(parts.get(0).file(), 0, null,
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
    ReportData data = ReportData.inferringIntervals(name, source, t,
        values.stream().mapToDouble(Double::doubleValue).toArray());
    return priceColumn == null ? data
        : data.withPerpPrices(prices.stream().mapToDouble(Double::doubleValue).toArray());
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
    Output.put(j, "mu", report.fit().mu().map(FundingRate::value).orElse(Double.NaN));
    Output.put(j, "stationarySd",
        report.fit().stationarySd().map(FundingRate::value).orElse(Double.NaN));
    Output.put(j, "latestRate", report.latestRate().value());
    Output.put(j, "currentZ", report.currentZ().orElse(Double.NaN));
    ArrayNode current = j.putArray("currentRegimes");
    report.currentRegimes().forEach(e -> current.add(e.kind().name()));
    ObjectNode regimes = j.putObject("regimes");
    for (RegimeKind kind : RegimeKind.values()) {
      if (kind == RegimeKind.NEGATIVE_WHILE_SPOT_RISES && report.data().spotTimes().isEmpty()) {
        regimes.put(kind.name(), NOT_JUDGED);
      } else {
        regimes.put(kind.name(), report.regimes().stream().filter(e -> e.kind() == kind)
            .count());
      }
    }
    Output.put(j, "entryLevel", report.levels().map(l -> l.entryLevel()).orElse(Double.NaN));
    Output.put(j, "exitLevel", report.levels().map(l -> l.exitLevel()).orElse(Double.NaN));
    j.put("signals", report.events().size());
    ObjectNode carry = j.putObject("carry");
    carry.put("side", report.carryNow().side().name());
    Output.put(carry, "netYield", report.carryNow().netYield());
    carry.put("profitable", report.carryNow().profitable());
    backtest(j.putObject("backtest"), report);
    return o;
  }

  /** The backtest as {@code ../shared/spec/cli.md} lists it, plus its settings and figures. */
  private static void backtest(ObjectNode bt, FundingReport report) {
    CarryBacktestResult b = report.backtest();
    bt.put("side", b.side().name());
    bt.put("status", b.status().name());
    bt.put("outOfSample", b.outOfSample());
    putTime(bt, "trainFrom", b.trainFrom());
    putTime(bt, "trainTo", b.trainTo());
    putTime(bt, "testFrom", b.testFrom());
    putTime(bt, "testTo", b.testTo());
    bt.put("gapPolicy", "close at the last settlement before a gap longer than one interval");
    Output.put(bt, "borrow", report.settings().annualBorrow());
    Output.put(bt, "feePerFill", report.settings().feePerFill());
    b.levels().ifPresent(l -> {
      Output.put(bt, "entryLevel", l.entry().value());
      Output.put(bt, "exitLevel", l.exit().value());
      bt.put("levelInterval", FundingIntervals.format(l.entry().interval()));
    });
    ArrayNode trades = bt.putArray("trades");
    for (BacktestTrade t : b.trades()) {
      ObjectNode n = trades.addObject();
      n.put("entry", t.entry().toString());
      n.put("exit", t.exit().toString());
      n.put("open", t.open());
      n.put("settlements", t.settlements());
      Output.put(n, "heldHours", t.heldHours());
      Output.put(n, "funding", t.funding());
      Output.put(n, "borrow", t.borrow());
      Output.put(n, "fees", t.fees());
      if (t.basisPnl().isPresent()) {
        Output.put(n, "basisPnl", t.basisPnl().getAsDouble());
      } else {
        n.put("basisPnl", NOT_JUDGED);
      }
      Output.put(n, "net", t.net());
      n.put("spansGap", t.spansGap());
      if (t.missingSettlements() > 0) {
        n.put("missingSettlements", t.missingSettlements());
      }
    }
    Output.put(bt, "funding", b.funding());
    Output.put(bt, "borrowPaid", b.borrow());
    Output.put(bt, "feesPaid", b.fees());
    if (b.basisPnl().isPresent()) {
      Output.put(bt, "basisPnl", b.basisPnl().getAsDouble());
    } else {
      bt.put("basisPnl", NOT_JUDGED);
    }
    Output.put(bt, "net", b.net());
    Output.put(bt, "netAnnualized", b.netAnnualized().orElse(Double.NaN));
    Output.put(bt, "maxDrawdown", b.maxDrawdown());
    Output.put(bt, "timeInMarket", b.timeInMarket().orElse(Double.NaN));
    Output.put(bt, "hitRate", b.hitRate().orElse(Double.NaN));
  }

  private static void putTime(ObjectNode node, String key, Optional<Instant> t) {
    if (t.isPresent()) {
      node.put(key, t.get().toString());
    } else {
      node.putNull(key);
    }
  }
}
