package dev.fundingkit.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fundingkit.core.rate.FundingIntervals;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.series.FundingGap;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.io.CsvSeries;
import dev.fundingkit.stats.regime.RegimeEpisode;
import dev.fundingkit.stats.ou.TwoTimescaleFitter;
import dev.fundingkit.stats.ou.OuVerdict;
import dev.fundingkit.stats.ou.OuFit;
import dev.fundingkit.io.FundingInput;
import dev.fundingkit.io.FundingInputException;
import dev.fundingkit.io.RowFilter;
import dev.fundingkit.io.SeriesColumns;
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
            + " not overlap; --csv NAME=FILE (repeated) compares named series on one page, the"
            + " first analysed, all normalised to one interval; --where NAME:COLUMN=VALUE"
            + " filters the input NAME only.",
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

  /** The series read from --csv, or null for the demonstration data. */
  private FundingSeries series;

  /** The name of the analysed series when --csv NAME=FILE is used, else null. */
  private String primaryName;

  /** The other series of --csv NAME=FILE, in order, each labelled with its NAME as venue. */
  private final List<FundingSeries> others = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    List<String> notes = new ArrayList<>();
    // --out is checked before the input is read or analysed: a run that cannot write its
    // page fails at once, in one line, and leaves nothing behind.
    List<String> chartNames = png ? List.of(ReportCharts.FUNDING, ReportCharts.HALF_LIFE,
        ReportCharts.BACKTEST) : List.of();
    List<String> outputs = new ArrayList<>(chartNames);
    outputs.add(HtmlReport.FILE);
    ReportOutput destination = ReportOutput.check(out.toString(), outputs);
    splitNamedInputs();
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
    BorrowRemark.check(spec, borrow);
    ReportSettings settings = ReportSettings.DEFAULT.withPerHour(rate.perHour)
        .withAnnualBorrow(borrow).withFeePerFill(fees).withBands(bands)
        .withTraining(train == null ? Duration.ZERO : train);
    // Remarks and progress reach stderr only once the input is accepted: bad input gets one line.
    FundingReport report = FundingReport.analyse(data, settings, line -> {
      notes.forEach(note -> Output.note(spec, note));
      notes.clear();
      Output.note(spec, line);
    });
    Output.note(spec, "writing " + HtmlReport.FILE + (png ? " and PNG charts" : "") + " to "
        + out);
    ReportPage model = files.isEmpty() ? ReportPageAdapter.demo(report)
        : primaryName == null ? ReportPageAdapter.of(report)
        : ReportPageAdapter.of(report, series.withVenue(primaryName), others);
    // Written beside the target and moved into place: a failure leaves no partial page.
    destination.writeAtomically(dir -> {
      if (png) {
        ReportCharts.write(report, dir);
      }
      HtmlReport.write(model, dir);
    });
    List<Path> charts = chartNames.stream().map(out::resolve).toList();
    Path page = out.resolve(HtmlReport.FILE);
    if (output.json) {
      json(report, page, charts).print(spec, true);
    } else {
      text(report, page);
    }
    return 0;
  }

  /**
   * {@code --csv NAME=FILE} (repeated) compares several series on one page: the first is
   * analysed, the others join the venue chart, the spread and the heatmap, each named by its
   * NAME. Plain {@code --csv FILE} values are several files of one series, as before; the two
   * forms cannot be mixed.
   */
  private void splitNamedInputs() throws IOException {
    List<String> names = new ArrayList<>();
    List<Path> paths = new ArrayList<>();
    for (Path f : files) {
      String text = f.toString();
      int eq = text.indexOf('=');
      boolean named = eq > 0 && !Files.exists(f)
          && text.substring(0, eq).matches("[A-Za-z0-9_.-]+");
      if (named) {
        names.add(text.substring(0, eq));
        paths.add(Path.of(text.substring(eq + 1)));
      }
    }
    if (names.isEmpty()) {
      return;
    }
    if (names.size() != files.size()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--csv takes either FILE values (one series) or NAME=FILE values (series to"
              + " compare), not both");
    }
    if (new java.util.HashSet<>(names).size() != names.size()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--csv NAME=FILE names must differ, were " + names);
    }
    // --where NAME:COLUMN=VALUE applies to the input NAME only; a plain --where to all.
    List<RowFilter> global = new ArrayList<>();
    java.util.Map<String, List<RowFilter>> scoped = new java.util.HashMap<>();
    for (RowFilter f : input.filters) {
      int colon = f.column().indexOf(':');
      String scope = colon > 0 ? f.column().substring(0, colon) : null;
      if (scope != null && names.contains(scope)) {
        scoped.computeIfAbsent(scope, k -> new ArrayList<>())
            .add(new RowFilter(f.column().substring(colon + 1), f.value()));
      } else {
        global.add(f);
      }
    }
    primaryName = names.get(0);
    for (int i = 1; i < names.size(); i++) {
      input.filters = filtersFor(global, scoped, names.get(i));
      FundingSeries other = input.readOne(spec, List.of(paths.get(i))).single();
      others.add(other.withVenue(names.get(i)));
    }
    input.filters = filtersFor(global, scoped, primaryName);
    files = new ArrayList<>(List.of(paths.get(0)));
  }

  private static List<RowFilter> filtersFor(List<RowFilter> global,
      java.util.Map<String, List<RowFilter>> scoped, String name) {
    List<RowFilter> out = new ArrayList<>(global);
    out.addAll(scoped.getOrDefault(name, List.of()));
    return out;
  }

  private ReportData withSpot(ReportData data) throws IOException {
    SeriesColumns spotColumns = SeriesColumns.defaults().withValueColumns(List.of(spotColumn));
    if (input.timeColumn != null) {
      spotColumns = spotColumns.withTimeColumn(input.timeColumn);
    }
    CsvSeries spot = CsvSeries.read(spotCsv, spotColumns);
    return data.withSpot(spot.times(), spot.values());
  }

  private ReportData read(List<String> notes) throws IOException {
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
    ReportData data = ReportData.of(name, source, false, series.toInstants(), rates);
    return priceColumn == null ? data : data.withPerpPrices(prices(in));
  }

  /**
   * The --price-column of the funding CSV(s), one price per settlement of the series (the
   * rows the reader kept, matched by time).
   */
  private double[] prices(FundingInput in) throws IOException {
    List<String> valueColumns = List.of(in.valueColumn(), priceColumn);
    java.util.Map<Instant, Double> byTime = new java.util.HashMap<>();
    for (Path file : files) {
      CsvSeries part = CsvSeries.read(file, input.columns(spec, valueColumns));
      Instant[] t = part.times();
      double[] p = part.values(1);
      for (int i = 0; i < t.length; i++) {
        byTime.put(t[i], p[i]);
      }
    }
    double[] out = new double[series.size()];
    for (int i = 0; i < out.length; i++) {
      Double p = byTime.get(series.time(i));
      if (p == null) {
        throw new FundingInputException(files.get(0), 0, priceColumn,
            "no price at settlement " + series.time(i));
      }
      out[i] = p;
    }
    return out;
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
    for (FundingSeries other : others) {
      ObjectNode o = list.addObject();
      o.put("name", other.venue().orElseThrow());
      o.put("rows", other.size());
      o.put("from", other.firstTime().toString());
      o.put("to", other.lastTime().toString());
      o.put("interval", other.intervalLabel());
      o.put("intervalSource", other.intervalSourceLabel());
      ArrayNode og = o.putArray("gaps");
      for (FundingGap gap : other.gaps()) {
        ObjectNode g = og.addObject();
        g.put("from", gap.lastBefore().toString());
        g.put("to", gap.firstAfter().toString());
        g.put("missingSettlements", gap.missingSettlements());
      }
    }
    if (primaryName != null) {
      entry.put("name", primaryName);
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
    j.put("out", page.toString());
    j.put("report", page.toString()); // the 0.1 key, kept for tools that read it
    seriesJson(j, report);
    // "fit" as fit --json has it (spec/cli.md), with the two-timescale check under the same
    // size limit as fit's.
    OuFit fit = report.fit();
    boolean twoScaleFits = series != null && series.size() <= FitCommand.TWO_TIMESCALE_LIMIT
        && fit.verdict() != OuVerdict.INSUFFICIENT_DATA;
    FitCommand.fitJson(j.putObject("fit"), fit, twoScaleFits
        ? TwoTimescaleFitter.defaults().fit(series.rescaleTo(report.unit()))
        : Optional.empty(), j.get("interval").asText(), j.get("intervalSource").asText());
    ArrayNode episodes = j.putArray("episodes");
    for (RegimeEpisode e : report.regimes()) {
      ObjectNode ep = episodes.addObject();
      ep.put("regime", e.kind().name());
      ep.put("from", e.start().toString());
      ep.put("to", e.end().toString());
      Output.put(ep, "meanRate", e.mean().value()); // per 8 h
      ep.put("meanRateInterval", "8h");
    }
    ArrayNode files = j.putArray("charts");
    charts.forEach(c -> files.add(c.toString()));
    j.put("synthetic", report.data().synthetic());
    j.put("source", report.data().source());
    j.put("n", report.data().size());
    j.put("from", report.data().times()[0].toString());
    j.put("to", report.data().times()[report.data().size() - 1].toString());
    j.put("unit", report.unitLabel());
    Output.put(j, "meanPer8h", report.summary().mean().value());
    Output.put(j, "sdPer8h", report.summary().sd().value());
    j.put("verdict", report.fit().verdict().name());
    Output.put(j, "halfLifeHours", report.fit().halfLifeHours().orElse(Double.NaN));
    FitCommand.pair(j, "halfLifeHoursCi", report.fit().halfLifeHoursCi().orElse(null));
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
    Output.put(j, "entryLevel", report.levels().map(l -> l.entryLevel().value()).orElse(Double.NaN));
    Output.put(j, "exitLevel", report.levels().map(l -> l.exitLevel().value()).orElse(Double.NaN));
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
