package dev.fundingkit.examples.report;

import dev.fundingkit.stats.backtest.BacktestTrade;
import dev.fundingkit.stats.regime.RegimeEpisode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes {@code report.html}: a self-contained page (inline style, no script, no external
 * resource) apart from the chart PNGs it references by relative file name. It says where the
 * data came from, tabulates the summary, shows every chart with a caption, lists the regime
 * episodes and backtest trades, and states the method's assumptions. A synthetic data set is
 * labelled in the title and in a banner.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlReport {

  /** The file name of the page. */
  public static final String FILE = "report.html";

  private static final int LISTED = 25;

  private HtmlReport() {}

  /**
   * Writes the page.
   *
   * @param report the report
   * @param charts the chart files, in the directory of the page
   * @param dir the directory to write into, which must exist
   * @return the page's path
   * @throws NullPointerException if an argument is null
   * @throws IOException if the page cannot be written
   */
  public static Path write(FundingReport report, List<Path> charts, Path dir) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(charts, "charts");
    Path file = dir.resolve(FILE);
    Files.writeString(file, render(report, charts), StandardCharsets.UTF_8);
    return file;
  }

  /**
   * The page's HTML.
   *
   * @param report the report
   * @param charts the chart files (only their names are used)
   * @return the HTML document
   * @throws NullPointerException if an argument is null
   */
  public static String render(FundingReport report, List<Path> charts) {
    ReportData data = report.data();
    String title = "FundingKit report: " + data.name()
        + (data.synthetic() ? " (SYNTHETIC demonstration data)" : "");
    StringBuilder h = new StringBuilder(16_000);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(esc(title)).append("</title>\n<style>\n")
        .append("body{font-family:system-ui,sans-serif;max-width:1240px;margin:2em auto;")
        .append("padding:0 1em;color:#222;line-height:1.45}\n")
        .append("table{border-collapse:collapse;margin:0.5em 0 1.5em}")
        .append("td,th{border:1px solid #ccc;padding:3px 8px;text-align:left;")
        .append("vertical-align:top}th{background:#f2f2f2}\n")
        .append("td.section{background:#e8eef7;font-weight:bold}\n")
        .append(".banner{background:#fff3cd;border:2px solid #e0a800;padding:0.6em 1em;")
        .append("font-weight:bold}\nfigure{margin:1em 0}img{max-width:100%;border:1px solid #ddd}")
        .append("\nfigcaption{color:#555;font-size:0.92em}\n</style>\n</head>\n<body>\n");
    h.append("<h1>").append(esc(title)).append("</h1>\n");
    if (data.synthetic()) {
      h.append("<p class=\"banner\">SYNTHETIC DATA: every figure on this page comes from")
          .append(" generated data, not from any market. It shows what the report does.</p>\n");
    }
    h.append("<h2>Data</h2>\n<p>").append(esc(data.source())).append("</p>\n");
    if (data.synthetic()) {
      injected(h);
    }

    h.append("<h2>Summary</h2>\n<table>\n");
    String section = "";
    for (SummaryLine line : ReportSummary.lines(report)) {
      if (!line.section().equals(section)) {
        section = line.section();
        h.append("<tr><td class=\"section\" colspan=\"2\">").append(esc(section))
            .append("</td></tr>\n");
      }
      h.append("<tr><th>").append(esc(line.label())).append("</th><td>")
          .append(esc(line.value())).append("</td></tr>\n");
    }
    h.append("</table>\n");

    h.append("<h2>Charts</h2>\n");
    String[] captions = {
      "Funding rate " + report.unitLabel() + " with the OU mean and mean ± 2 sd, the exit level"
          + " (mean − 0.5 sd), reverse-farm entries (triangles) and exits (diamonds), and the"
          + " negative-funding regimes shaded."
          + " Spikes are shaded full height, persistent runs below zero, spot-rise runs above.",
      "Half-life of the OU fit over rolling " + report.settings().halfLifeWindow().toDays()
          + "-day windows every " + report.settings().halfLifeStep().toDays() + " days (points,"
          + " dashed: 95% profile-likelihood interval, capped at the top of the chart) and over"
          + " the whole series (solid, dotted interval).",
      "Reverse cash-and-carry backtest per unit of notional, out of sample (levels fitted on"
          + " the training window only): long perp and short borrowed spot from each entry"
          + " signal to the next exit signal; funding through the FundingLedger, borrow accrued"
          + " continuously, fees on every fill; the equity line breaks at gaps in the data."
    };
    for (int i = 0; i < charts.size(); i++) {
      String name = charts.get(i).getFileName().toString();
      h.append("<figure><img src=\"").append(esc(name)).append("\" alt=\"")
          .append(esc(name)).append("\"><figcaption>")
          .append(esc(i < captions.length ? captions[i] : name))
          .append(data.synthetic() ? " Synthetic data." : "")
          .append("</figcaption></figure>\n");
    }

    episodes(h, report);
    trades(h, report);

    h.append("<h2>Method and caveats</h2>\n<ul>\n")
        .append("<li>OU fit: exact-discretisation MLE at the settlements' real times,")
        .append(" Tang–Chen bias-corrected θ, 95% profile-likelihood interval, Dickey–Fuller")
        .append(" verdict (FundingKit <code>OuFitter</code>).</li>\n")
        .append("<li>The chart's signals use levels fitted on the whole series (a description);")
        .append(" the backtest does not: ").append(esc(ReportSummary.backtestSection(
            report.backtest()))).append(", trading only after its training window.</li>\n")
        .append("<li>The backtest charges ").append(esc(ReportSummary.percent(
            report.settings().feePerFill()))).append(" on each of four fills a round trip,")
        .append(" holds the borrow rate constant, ")
        .append(report.backtest().basisPnl().isPresent() ? "marks the perp/spot basis to market"
            : "does not judge the perp/spot basis (no perp and spot prices)")
        .append(", and closes a trade at the last settlement before a gap in the data.</li>\n")
        .append("<li>Regimes (FundingKit <code>RegimeDetector</code>, default thresholds):")
        .append(" persistent negative ≥ 48 h, extreme spike &lt; 12 h below ")
        .append(esc(ReportSummary.percent(report.extremeLevel())))
        .append(" per 8h, negative while spot rises ≥ 2% over ≥ 24 h")
        .append(data.spotTimes().isPresent() ? "" : " (not judged: no spot prices)")
        .append(".</li>\n</ul>\n")
        .append("<p><small>Generated by FundingKit <code>fundingkit report</code>.</small></p>\n")
        .append("</body>\n</html>\n");
    return h.toString();
  }

  private static void injected(StringBuilder h) {
    h.append("<p>Episodes written into the demonstration data on purpose:</p>\n<table>\n")
        .append("<tr><th>regime</th><th>from</th><th>to</th><th>designed funding per 8h</th>")
        .append("<th>designed spot move</th><th>story</th></tr>\n");
    for (InjectedEpisode e : DemoData.get().injectedEpisodes()) {
      h.append("<tr><td>").append(e.kind()).append("</td><td>").append(e.start())
          .append("</td><td>").append(e.end()).append("</td><td>")
          .append(esc(ReportSummary.percent(e.fundingLevel()))).append("</td><td>")
          .append(esc(ReportSummary.percent(e.spotChange()))).append("</td><td>")
          .append(esc(e.story())).append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void episodes(StringBuilder h, FundingReport report) {
    List<RegimeEpisode> all = report.regimes();
    h.append("<h2>Regime episodes</h2>\n<p>").append(all.size()).append(" episodes");
    List<RegimeEpisode> shown = all.size() > LISTED ? all.subList(all.size() - LISTED,
        all.size()) : all;
    if (shown.size() < all.size()) {
      h.append("; the latest ").append(LISTED).append(" are listed");
    }
    h.append(".</p>\n<table>\n<tr><th>regime</th><th>from</th><th>to</th><th>hours</th>")
        .append("<th>lowest per 8h</th><th>mean per 8h</th></tr>\n");
    for (RegimeEpisode e : shown) {
      h.append("<tr><td>").append(e.kind()).append("</td><td>").append(e.start())
          .append("</td><td>").append(e.end()).append("</td><td>")
          .append(ReportSummary.hours(e.duration())).append("</td><td>")
          .append(esc(ReportSummary.percent(e.minimumRate()))).append("</td><td>")
          .append(esc(ReportSummary.percent(e.meanRate()))).append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void trades(StringBuilder h, FundingReport report) {
    List<BacktestTrade> all = report.backtest().trades();
    boolean basis = report.backtest().basisPnl().isPresent();
    h.append("<h2>Backtest trades</h2>\n<p>").append(all.size()).append(" round trips");
    List<BacktestTrade> shown = all.size() > LISTED ? all.subList(all.size() - LISTED,
        all.size()) : all;
    if (shown.size() < all.size()) {
      h.append("; the latest ").append(LISTED).append(" are listed");
    }
    h.append(". Figures are % of notional.</p>\n<table>\n<tr><th>entry</th><th>exit</th>")
        .append("<th>held</th><th>settlements</th><th>funding</th><th>borrow</th>")
        .append("<th>fees</th><th>basis</th><th>net</th></tr>\n");
    for (BacktestTrade t : shown) {
      h.append("<tr><td>").append(t.entry()).append("</td><td>").append(t.exit())
          .append(t.open() ? " (open)" : "").append("</td><td>")
          .append(ReportSummary.hours(t.holding())).append("</td><td>")
          .append(t.settlements()).append("</td><td>")
          .append(esc(ReportSummary.percent(t.funding()))).append("</td><td>")
          .append(esc(ReportSummary.percent(t.borrow()))).append("</td><td>")
          .append(esc(ReportSummary.percent(t.fees()))).append("</td><td>")
          .append(basis ? esc(ReportSummary.percent(t.basisPnl().orElseThrow())) : "not judged")
          .append("</td><td>")
          .append(esc(ReportSummary.percent(t.net())))
          .append(t.spansGap() ? " (spans a gap)" : "").append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  /** HTML text escaping for element content and quoted attributes. */
  static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
