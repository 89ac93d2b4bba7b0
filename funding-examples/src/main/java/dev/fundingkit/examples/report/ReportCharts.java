package dev.fundingkit.examples.report;

import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.series.IntervalSource;
import dev.fundingkit.stats.backtest.CarryBacktestResult;
import dev.fundingkit.stats.ou.ConfidenceInterval;
import dev.fundingkit.stats.regime.RegimeEpisode;
import dev.fundingkit.stats.regime.RegimeKind;
import dev.fundingkit.stats.signal.SignalEvent;
import dev.fundingkit.stats.signal.SignalLevels;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The report's charts as PNG files, drawn with XChart off screen ({@code java.awt.headless} is
 * set to {@code true} unless the caller chose otherwise):
 * <ol>
 *   <li>{@value #FUNDING}: the funding series with μ and μ ± 2 sd, the exit level, entry and
 *       exit markers, and the regime episodes shaded;
 *   <li>{@value #HALF_LIFE}: rolling half-lives with their 95% intervals against the
 *       whole-series half-life and interval;
 *   <li>{@value #BACKTEST}: the reverse-carry backtest: funding received, borrow paid and the
 *       net equity, in % of notional.
 * </ol>
 * A synthetic data set says so in every chart title.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReportCharts {

  /** File name of the funding chart. */
  public static final String FUNDING = "funding.png";

  /** File name of the half-life chart. */
  public static final String HALF_LIFE = "half-life.png";

  /** File name of the backtest chart. */
  public static final String BACKTEST = "backtest.png";

  private static final int WIDTH = 1400;
  private static final int HEIGHT = 560;
  private static final Color RATE = new Color(31, 119, 180);
  private static final Color MEAN = new Color(40, 40, 40);
  private static final Color BAND = new Color(120, 120, 120);
  private static final Color ENTER = new Color(0, 140, 60);
  private static final Color EXIT = new Color(200, 30, 30);
  private static final Map<RegimeKind, Color> SHADE = new EnumMap<>(Map.of(
      RegimeKind.PERSISTENT_NEGATIVE, new Color(255, 150, 0, 70),
      RegimeKind.EXTREME_SPIKE, new Color(220, 0, 60, 110),
      RegimeKind.NEGATIVE_WHILE_SPOT_RISES, new Color(0, 150, 80, 70)));
  private static final Map<RegimeKind, String> SHADE_NAME = new EnumMap<>(Map.of(
      RegimeKind.PERSISTENT_NEGATIVE, "persistent negative >= 48h (shaded below 0)",
      RegimeKind.EXTREME_SPIKE, "extreme spike < 12h",
      RegimeKind.NEGATIVE_WHILE_SPOT_RISES, "negative while spot rises (shaded above 0)"));

  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private ReportCharts() {}

  /**
   * Writes the three charts into a directory.
   *
   * @param report the report
   * @param dir the directory, which must exist
   * @return the files written, in the order listed above
   * @throws NullPointerException if an argument is null
   * @throws IOException if a file cannot be written
   */
  public static List<Path> write(FundingReport report, Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(save(funding(report), dir.resolve(FUNDING)));
    files.add(save(halfLife(report), dir.resolve(HALF_LIFE)));
    files.add(save(backtest(report), dir.resolve(BACKTEST)));
    return files;
  }

  private static Path save(XYChart chart, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
    }
    return file;
  }

  private static String title(FundingReport report, String what) {
    String name = report.data().name();
    return report.data().synthetic()
        ? what + " | " + name + " | SYNTHETIC demonstration data"
        : what + " | " + name;
  }

  private static XYChart chart(String title, String yTitle) {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
        .xAxisTitle("UTC").yAxisTitle(yTitle).build();
    chart.getStyler()
        .setLegendPosition(LegendPosition.OutsideE)
        .setChartBackgroundColor(Color.WHITE)
        .setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15))
        .setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12))
        .setMarkerSize(7)
        .setAntiAlias(true);
    chart.getStyler()
        .setPlotGridLinesColor(new Color(225, 225, 225))
        .setTimezone(TimeZone.getTimeZone("UTC"))
        .setDatePattern("yyyy-MM-dd")
        .setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    return chart;
  }

  private static XYChart funding(FundingReport report) {
    XYChart chart = chart(title(report, "Funding rate " + report.unitLabel()),
        "% " + report.unitLabel());
    chart.getStyler().setYAxisDecimalPattern("0.000");
    Instant[] times = report.data().times();
    List<Date> dates = dates(times);
    double[] pct = scale(report.values(), 100);
    double[] range = yRange(pct, report);
    chart.getStyler().setYAxisMin(range[0]).setYAxisMax(range[1]);

    shadeRegimes(chart, report, range);
    XYSeries rate = chart.addSeries("funding", dates, boxed(pct));
    line(rate, RATE, SeriesLines.SOLID, 1.0f);
    if (report.levels().isPresent()) {
      SignalLevels l = report.levels().get();
      double mu = l.mean().value() * 100;
      double sd = l.sd().value() * 100;
      level(chart, "mean", times, mu, MEAN, SeriesLines.SOLID);
      level(chart, "mean + 2 sd", times, mu + 2 * sd, BAND, SeriesLines.DASH_DASH);
      level(chart, "mean - 2 sd (entry)", times, l.entryLevel().value() * 100, ENTER,
          SeriesLines.DASH_DASH);
      level(chart, "mean - 0.5 sd (exit)", times, l.exitLevel().value() * 100, EXIT, SeriesLines.DOT_DOT);
      markers(chart, report.events(), SignalEvent.Kind.ENTER, "entry", ENTER, range);
      markers(chart, report.events(), SignalEvent.Kind.EXIT, "exit", EXIT, range);
    }
    return chart;
  }

  /**
   * Shading over each episode: spikes the full height, persistent runs below zero and
   * spot-rise runs above it, so that overlapping kinds stay readable.
   */
  private static void shadeRegimes(XYChart chart, FundingReport report, double[] range) {
    for (RegimeKind kind : RegimeKind.values()) {
      List<Date> x = new ArrayList<>();
      List<Double> top = new ArrayList<>();
      List<Double> bottom = new ArrayList<>();
      for (RegimeEpisode e : report.regimes()) {
        if (e.kind() != kind) {
          continue;
        }
        x.add(Date.from(e.start()));
        x.add(Date.from(e.end()));
        x.add(Date.from(e.end().plusMillis(1)));
        top.addAll(Arrays.asList(range[1], range[1], Double.NaN));
        bottom.addAll(Arrays.asList(range[0], range[0], Double.NaN));
      }
      if (x.isEmpty()) {
        continue;
      }
      // XChart fills an area down (or up) to zero: one series above zero, one below.
      List<XYSeries> shades = new ArrayList<>();
      if (kind != RegimeKind.PERSISTENT_NEGATIVE) {
        shades.add(chart.addSeries(SHADE_NAME.get(kind), x, top));
      }
      if (kind != RegimeKind.NEGATIVE_WHILE_SPOT_RISES) {
        shades.add(chart.addSeries(SHADE_NAME.get(kind) + (shades.isEmpty() ? "" : " "), x,
            bottom));
      }
      for (XYSeries s : shades) {
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Area);
        s.setFillColor(SHADE.get(kind));
        // An opaque edge at the plot border marks the episode and gives the legend a swatch.
        Color c = SHADE.get(kind);
        s.setLineColor(new Color(c.getRed(), c.getGreen(), c.getBlue()));
        s.setLineStyle(new BasicStroke(6f));
        s.setMarker(SeriesMarkers.NONE);
      }
      shades.subList(1, shades.size()).forEach(s -> s.setShowInLegend(false));
    }
  }

  private static void markers(XYChart chart, List<SignalEvent> events, SignalEvent.Kind kind,
      String name, Color color, double[] range) {
    List<Date> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (SignalEvent e : events) {
      if (e.kind() == kind) {
        x.add(Date.from(e.time()));
        y.add(Math.max(range[0], Math.min(range[1], e.value().value() * 100)));
      }
    }
    if (x.isEmpty()) {
      return;
    }
    XYSeries s = chart.addSeries(name + " (" + x.size() + ")", x, y);
    s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
    s.setMarker(kind == SignalEvent.Kind.ENTER ? SeriesMarkers.TRIANGLE_UP : SeriesMarkers.DIAMOND);
    s.setMarkerColor(color);
  }

  private static XYChart halfLife(FundingReport report) {
    XYChart chart = chart(title(report, "OU half-life with 95% profile-likelihood interval"),
        "hours");
    chart.getStyler().setYAxisDecimalPattern("0");
    Instant[] times = report.data().times();
    double overall = report.fit().halfLifeHours().orElse(Double.NaN);
    ConfidenceInterval ci = report.fit().halfLifeHoursCi().orElse(null);
    List<HalfLifeWindow> windows = report.rollingHalfLives();
    double top = Double.isFinite(overall) ? overall * 2 : 100;
    for (HalfLifeWindow w : windows) {
      top = Math.max(top, Math.min(w.hours() * 1.5, 24 * 60));
    }
    double bottom = 0;
    final double cap = top;
    chart.getStyler().setYAxisMin(bottom).setYAxisMax(top);
    if (!windows.isEmpty()) {
      List<Date> x = windows.stream().map(w -> Date.from(w.end())).toList();
      String window = report.settings().halfLifeWindow().toDays() + "-day";
      XYSeries upper = chart.addSeries(window + " window: 95% upper", x,
          windows.stream().map(w -> Math.min(w.upper(), cap)).toList());
      XYSeries hl = chart.addSeries(window + " window half-life", x,
          windows.stream().map(HalfLifeWindow::hours).toList());
      XYSeries lower = chart.addSeries(window + " window: 95% lower", x,
          windows.stream().map(HalfLifeWindow::lower).toList());
      line(upper, RATE, SeriesLines.DASH_DASH, 1.0f);
      line(lower, RATE, SeriesLines.DASH_DASH, 1.0f);
      line(hl, RATE, SeriesLines.SOLID, 2.0f);
      hl.setMarker(SeriesMarkers.CIRCLE);
      hl.setMarkerColor(RATE);
    }
    if (Double.isFinite(overall)) {
      level(chart, "whole series: " + String.format("%.1f h", overall), times, overall, MEAN,
          SeriesLines.SOLID);
      if (ci != null) {
        level(chart, "whole series 95%: " + String.format("%.1f .. %.1f h", ci.lower(),
            ci.upper()), times, ci.lower(), EXIT, SeriesLines.DOT_DOT);
        XYSeries hi = level(chart, "whole series 95% upper", times, Math.min(ci.upper(), cap),
            EXIT, SeriesLines.DOT_DOT);
        hi.setShowInLegend(false);
      }
    }
    return chart;
  }

  private static XYChart backtest(FundingReport report) {
    CarryBacktestResult bt = report.backtest();
    XYChart chart = chart(title(report, String.format(Locale.ROOT,
        "Reverse carry out of sample: long perp + short spot at %.1f%% borrow, %d trades",
        report.settings().annualBorrow() * 100, bt.trades().size())), "% of notional");
    chart.getStyler().setYAxisDecimalPattern("0.00");
    long[] t = bt.equityEpochMillis();
    double[] equity = bt.equity();
    List<Date> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    Set<Instant> afterGap = new HashSet<>();
    for (var gap : FundingSeries.of(report.data().times(), report.data().rates(),
        IntervalSource.INFERRED).gaps()) {
      afterGap.add(gap.firstAfter());
    }
    for (int i = 0; i < t.length; i++) {
      Instant at = Instant.ofEpochMilli(t[i]);
      if (i > 0 && afterGap.contains(at)) {
        x.add(Date.from(Instant.ofEpochMilli((t[i - 1] + t[i]) / 2)));
        y.add(null);                   // no line across a hole in the data
      }
      x.add(Date.from(at));
      y.add(equity[i] * 100 + 0.0);
    }
    if (x.isEmpty()) {
      Instant[] all = report.data().times();
      x.add(Date.from(all[0]));
      x.add(Date.from(all[all.length - 1]));
      y.add(0.0);
      y.add(0.0);
    }
    XYSeries net = chart.addSeries("net equity (funding − borrow − fees"
        + (bt.basisPnl().isPresent() ? " + basis)" : ")"), x, y);
    line(net, RATE, SeriesLines.SOLID, 2.2f);
    return chart;
  }

  private static XYSeries level(XYChart chart, String name, Instant[] times, double y,
      Color color, BasicStroke style) {
    XYSeries s = chart.addSeries(name,
        List.of(Date.from(times[0]), Date.from(times[times.length - 1])), List.of(y, y));
    line(s, color, style, 1.3f);
    return s;
  }

  private static void line(XYSeries s, Color color, BasicStroke style, float width) {
    s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(color);
    s.setLineStyle(new BasicStroke(width, style.getEndCap(), style.getLineJoin(),
        style.getMiterLimit(), style.getDashArray(), style.getDashPhase()));
  }

  /** The y range: every value, the ±3 sd bands and zero, padded. */
  private static double[] yRange(double[] pct, FundingReport report) {
    double low = Arrays.stream(pct).min().orElseThrow();
    double high = Arrays.stream(pct).max().orElseThrow();
    if (report.levels().isPresent()) {
      SignalLevels l = report.levels().get();
      low = Math.min(low, (l.mean().value() - 3 * l.sd().value()) * 100);
      high = Math.max(high, (l.mean().value() + 3 * l.sd().value()) * 100);
    }
    double pad = 0.05 * (high - low);
    return new double[] {Math.min(low - pad, 0), Math.max(high + pad, 0)};
  }

  private static List<Date> dates(Instant[] times) {
    List<Date> out = new ArrayList<>(times.length);
    for (Instant t : times) {
      out.add(Date.from(t));
    }
    return out;
  }

  private static double[] scale(double[] values, double factor) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i] * factor + 0.0;
    }
    return out;
  }

  private static List<Double> boxed(double[] values) {
    return Arrays.stream(values).boxed().toList();
  }
}
