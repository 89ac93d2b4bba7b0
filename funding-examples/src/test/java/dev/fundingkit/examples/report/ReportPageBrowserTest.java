package dev.fundingkit.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.testing.SharedData;
import dev.fundingkit.examples.cli.FundingKitCli;
import dev.fundingkit.examples.report.page.ReportPageAdapter;
import java.io.File;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens generated report pages in a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}, paths overridable by the system properties
 * {@code fundingkit.chromium} and {@code fundingkit.chromedriver}) and checks what a reader
 * sees: no console error, no network request, every chart drawn, tooltips, the unit switch,
 * the heatmap and gaps drawn as breaks. Skips, with a message, only when no browser is
 * installed. Keeps a screenshot of the demo at {@code target/report-demo.png}.
 */
class ReportPageBrowserTest {

  private static final String CHROMIUM = System.getProperty("fundingkit.chromium",
      "/usr/bin/chromium");
  private static final String CHROMEDRIVER = System.getProperty("fundingkit.chromedriver",
      "/usr/bin/chromedriver");
  private static final Path OUT = Path.of("target", "browser-test");
  /** Printable ASCII plus the few symbols every common font has (DejaVu, Liberation, Arial). */
  private static final String GLYPHS = "μσθ±−–×∞";

  private static ChromeDriver driver;
  private static Path demoPage;

  @BeforeAll
  static void startBrowser() throws Exception {
    assumeTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
        "no browser: install Debian's chromium and chromium-driver (" + CHROMIUM + ", "
            + CHROMEDRIVER + ") to run the browser test");
    // Selenium Manager never runs: the driver and browser paths are given.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    Files.createDirectories(OUT);
    driver = start();
    driver.manage().window().setSize(new Dimension(1280, 1000));

    FundingReport demo = FundingReport.analyse(ReportData.demo(), ReportSettings.DEFAULT,
        line -> { });
    Path dir = Files.createDirectories(OUT.resolve("demo"));
    demoPage = HtmlReport.write(ReportPageAdapter.demo(demo), dir);
  }

  /** A fresh headless Chromium with its own profile; extra arguments are appended. */
  private static ChromeDriver start(String... extra) throws Exception {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage",
        "--user-data-dir=" + Files.createTempDirectory("fk-chromium").toAbsolutePath());
    options.addArguments(extra);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
    ChromeDriver d = new ChromeDriver(service, options);
    d.manage().window().setSize(new Dimension(1280, 1000));
    return d;
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Opens a page, waits until its script has drawn it, and returns the console errors. */
  private static List<String> open(Path page) {
    driver.manage().logs().get(LogType.BROWSER);
    driver.manage().logs().get(LogType.PERFORMANCE);
    driver.get(page.toAbsolutePath().toUri().toString());
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!"true".equals(js("return document.body.getAttribute('data-rendered');"))) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the page did not finish drawing: "
            + driver.manage().logs().get(LogType.BROWSER).getAll());
      }
      Thread.onSpinWait();
    }
    List<String> errors = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
        errors.add(e.getLevel() + " " + e.getMessage());
      }
    }
    return errors;
  }

  /** Requests the browser sent or tried to send for anything but the page itself. */
  private static List<String> requests(Path page) {
    String self = page.toAbsolutePath().toUri().toString();
    List<String> out = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
      String m = e.getMessage();
      if (m.contains("\"Network.requestWillBeSent\"") && !m.contains("\"url\":\"" + self + "\"")) {
        out.add(m);
      }
    }
    @SuppressWarnings("unchecked")
    List<Object> resources = (List<Object>) js(
        "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
    resources.forEach(r -> out.add("resource " + r));
    return out;
  }

  private static void assertEveryChartDrawn(int expected) {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> charts = (List<Map<String, Object>>) js(
        "return Array.prototype.filter.call(document.querySelectorAll('div.chart'),"
            + " function (d) { return d.style.display !== 'none'; }).map(function (d) {"
            + " var s = d.querySelector('svg'); var r = s ? s.getBoundingClientRect() : null;"
            + " return {id: d.id, paths: s ? s.querySelectorAll('path').length : 0,"
            + " w: r ? r.width : 0, h: r ? r.height : 0}; });");
    assertEquals(expected, charts.size(), "charts on the page: " + charts);
    for (Map<String, Object> c : charts) {
      assertTrue(((Number) c.get("paths")).intValue() > 5
          && ((Number) c.get("w")).doubleValue() > 200 && ((Number) c.get("h")).doubleValue() > 100,
          "chart drawn: " + c);
    }
  }

  /** The number of separate pieces (move-to commands) of a named line series' SVG path. */
  private static long pieces(String chartId, String seriesName) {
    Object n = js("var c = echarts.getInstanceByDom(document.getElementById(arguments[0]));"
        + " var s = c.getModel().getSeriesByName(arguments[1])[0];"
        + " var st = s.getData().getVisual('style'); var color = st.stroke || st.fill;"
        + " var best = 0;"
        + " document.getElementById(arguments[0]).querySelectorAll('svg path').forEach(function (p) {"
        + "   if (p.getAttribute('stroke') === color && (p.getAttribute('fill') || 'none') === 'none') {"
        + "     best = Math.max(best, (p.getAttribute('d').match(/M/g) || []).length); } });"
        + " return best;", chartId, seriesName);
    return ((Number) n).longValue();
  }

  /** {@code x} to 3 significant digits as plain decimals, the way the page prints rates. */
  private static String sig3(double x) {
    BigDecimal exact = new BigDecimal(x);
    int scale = 2 - (int) Math.floor(Math.log10(Math.abs(x)));
    return exact.setScale(Math.max(0, scale), RoundingMode.HALF_UP).toPlainString();
  }

  @Test
  void demoPage_hasNoConsoleError_andMakesNoNetworkRequest() {
    List<String> errors = open(demoPage);
    assertEquals(List.of(), errors, "console errors and warnings");
    assertEquals(List.of(), requests(demoPage), "network requests");
  }

  @Test
  void demoPage_drawsEveryChart_andKeepsAScreenshot() throws Exception {
    open(demoPage);
    assertEveryChartDrawn(8);
    long height = ((Number) js("return document.documentElement.scrollHeight;")).longValue();
    driver.manage().window().setSize(new Dimension(1280, (int) Math.min(height, 16_000)));
    Files.write(OUT.getParent().resolve("report-demo.png"), driver.getScreenshotAs(OutputType.BYTES));
    driver.manage().window().setSize(new Dimension(1280, 1000));
  }

  @Test
  void tooltip_atAKnownSettlement_showsItsTimeAndRate() {
    open(demoPage);
    int k = 700;
    double[] v = DemoData.get().rateValues();
    while (v[k] == 1e-4) {
      k++; // a settlement off the 0.01% pin, so the figure tells points apart
    }
    Instant t = DemoData.get().times()[k];
    js("var c = echarts.getInstanceByDom(document.getElementById('ch-funding'));"
        + " c.dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: arguments[0]});", k);
    String tip = (String) js("var t = document.querySelector('#ch-funding .fk-tooltip');"
        + " return t ? t.innerText : '';");
    String when = t.toString().substring(0, 16).replace('T', ' ');
    String expected = sig3(v[k] * 100) + "%/8h";
    assertTrue(tip.contains(when) && tip.contains(expected),
        "tooltip at " + when + " should show " + expected + ": " + tip);
  }

  @Test
  void unitSwitch_changesTheAxisLabel_andTheTableFigures() {
    open(demoPage);
    String mean = "#t-figures td[data-label='mean (time-weighted)']";
    String before = driver.findElement(By.cssSelector(mean)).getText();
    String axis = "return echarts.getInstanceByDom(document.getElementById('ch-funding'))"
        + ".getOption().yAxis[0].name;";
    assertEquals("Funding (% per 8 h)", js(axis));
    driver.findElement(By.id("unit-year")).click();
    String after = driver.findElement(By.cssSelector(mean)).getText();
    assertEquals("Funding (% a year)", js(axis));
    assertTrue(before.endsWith("%/8h") && after.endsWith("%/yr"), before + " -> " + after);
    // A year is 1095 intervals of 8 h; both figures carry 3 significant digits.
    double ratio = Double.parseDouble(after.replace("%/yr", ""))
        / Double.parseDouble(before.replace("%/8h", ""));
    assertEquals(1095, ratio, 1095 * 0.01, before + " -> " + after);
    Object svgText = js("return document.querySelector('#ch-funding svg').textContent;");
    assertTrue(svgText.toString().contains("% a year"), "the drawn axis name changed");
    driver.findElement(By.id("unit-8h")).click();
    assertEquals(before, driver.findElement(By.cssSelector(mean)).getText());
  }

  @Test
  void heatmap_hasOneCellPerVenueAndSymbol() {
    open(demoPage);
    Object cells = js("return echarts.getInstanceByDom(document.getElementById('ch-heatmap'))"
        + ".getModel().getSeriesByType('heatmap')[0].getData().count();");
    int expected = DemoVenues.VENUES.size() * DemoVenues.SYMBOLS.size();
    assertEquals(expected, ((Number) cells).intValue());
    Object labels = js("return Array.prototype.filter.call("
        + "document.querySelectorAll('#ch-heatmap svg text'), function (t) {"
        + " return /%\\/8h$/.test(t.textContent); }).length;");
    assertEquals(expected, ((Number) labels).intValue(), "one drawn label per cell");
  }

  @Test
  void gaps_areDrawnAsBreaks_andListed() throws Exception {
    open(demoPage);
    assertEquals(1, pieces("ch-venues", "Venue A (synthetic) BTC"), "no gap, one piece");
    assertEquals(2, pieces("ch-venues", "Venue C (synthetic) BTC"), "one gap, two pieces");
    String gaps = driver.findElement(By.id("t-gaps")).getText();
    assertTrue(gaps.contains("Venue C (synthetic) BTC") && gaps.contains("2025-03-09 20:00")
        && gaps.contains("2025-03-13 00:00"), gaps);

    // A market series with two holes: the funding chart breaks twice.
    Instant[] t = new Instant[600];
    FundingRate[] r = new FundingRate[t.length];
    double x = 1e-4;
    for (int i = 0, slot = 0; i < t.length; i++, slot++) {
      if (i == 200 || i == 400) {
        slot += 3;
      }
      t[i] = Instant.parse("2024-01-01T00:00:00Z").plus(Duration.ofHours(8L * slot));
      x = 1e-4 + 0.7 * (x - 1e-4) + 2e-4 * Math.sin(i * 1.7) * Math.cos(i * 0.3);
      r[i] = FundingRate.of(x, Duration.ofHours(8));
    }
    ReportData data = ReportData.of("GAPPY", "test data with two holes", false, t, r);
    FundingReport report = FundingReport.analyse(data, ReportSettings.DEFAULT, line -> { });
    Path page = HtmlReport.write(ReportPageAdapter.of(report),
        Files.createDirectories(OUT.resolve("gaps")));
    assertEquals(List.of(), open(page));
    assertEveryChartDrawn(5); // one series: no venue chart, spread or heatmap
    assertEquals(3, pieces("ch-funding", "GAPPY"), "two gaps, three pieces");
  }

  @Test
  void episodeTable_listsEveryEpisode_andSortsByDepth() {
    open(demoPage);
    FundingReport demo = FundingReport.analyse(ReportData.demo(), ReportSettings.DEFAULT,
        line -> { });
    List<org.openqa.selenium.WebElement> rows =
        driver.findElements(By.cssSelector("#t-episodes tbody tr"));
    assertEquals(demo.regimes().size(), rows.size(), "every episode is listed");
    driver.findElement(By.xpath("//table[@id='t-episodes']//th[text()='lowest']")).click();
    String first = driver.findElement(By.cssSelector("#t-episodes tbody tr")).getText();
    // The injected panic print sits at the -0.30% cap (DemoData.CAP), the deepest of all.
    assertTrue(first.contains("-0.300%/8h"), "deepest first after sorting: " + first);
  }

  @Test
  void pageText_usesOnlyGlyphsCommonFontsHave() {
    open(demoPage);
    String text = (String) js("return document.body.textContent;");
    StringBuilder odd = new StringBuilder();
    text.codePoints().filter(c -> !(c >= 0x20 && c < 0x7f) && c != '\n' && c != '\t'
            && GLYPHS.indexOf(c) < 0)
        .distinct().forEach(odd::appendCodePoint);
    assertEquals("", odd.toString(), "glyphs outside the allowed set");
  }

  @Test
  void darkColourScheme_isFollowed() throws Exception {
    ChromeDriver dark = start("--force-dark-mode", "--blink-settings=preferredColorScheme=0");
    try {
      dark.get(demoPage.toAbsolutePath().toUri().toString());
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!"true".equals(dark.executeScript(
          "return document.body.getAttribute('data-rendered');"))) {
        assertTrue(System.nanoTime() < deadline, "the dark page did not finish drawing");
        Thread.onSpinWait();
      }
      assertEquals(true, dark.executeScript(
          "return matchMedia('(prefers-color-scheme: dark)').matches;"));
      // The page background is dark (each channel below 64) and the charts use the dark theme.
      String bg = (String) dark.executeScript(
          "return getComputedStyle(document.documentElement).backgroundColor;");
      assertEquals("rgb(21, 25, 30)", bg);
      // ECharts' light theme draws axis labels in #6E7079; the dark theme does not.
      @SuppressWarnings("unchecked")
      List<String> fills = (List<String>) dark.executeScript("return Array.prototype.map.call("
          + "document.querySelectorAll('#ch-funding svg text'), function (t) {"
          + " return (t.getAttribute('fill') || '').toUpperCase(); });");
      assertTrue(!fills.isEmpty() && !fills.contains("#6E7079"), "dark chart text: " + fills);
      open(demoPage);
      assertTrue(((List<?>) js("return Array.prototype.map.call("
          + "document.querySelectorAll('#ch-funding svg text'), function (t) {"
          + " return (t.getAttribute('fill') || '').toUpperCase(); });")).contains("#6E7079"),
          "the light page, by contrast, uses the light theme");
    } finally {
      dark.quit();
    }
  }

  @Test
  void realBinanceFile_pagePassesTheSameChecks() throws Exception {
    Path file = SharedData.require("binance-gobbles404/BTCUSDT_8h_funding_rates.csv.gz");
    Path dir = OUT.resolve("binance-btc");
    int exit = FundingKitCli.commandLine().execute("report", "--csv", file.toString(),
        "--out", dir.toString());
    assertEquals(0, exit);
    Path page = dir.resolve(HtmlReport.FILE);
    assertEquals(List.of(), open(page), "console errors");
    assertEquals(List.of(), requests(page), "network requests");
    assertEveryChartDrawn(5); // one series: no venue chart, spread or heatmap
  }

  /**
   * Issue 14's done-when: three venues' BTC files on one page ({@code --csv NAME=FILE}, OKX
   * filtered out of the multi-exchange file with {@code --where okx:…}) pass the same checks,
   * with the venue chart, the spread and a heatmap cell per venue.
   */
  @Test
  void threeVenuesOnOnePage_passTheSameChecks() throws Exception {
    Path binance = SharedData.require("binance_btc_eth_funding_8h_2020_2026_stitched.csv.gz");
    Path bybit = SharedData.require("bybit-lorenzobaggi/BTCUSDT_funding.csv.gz");
    Path okx = SharedData.require("okx-binance-bybit-ahahh/all_exchanges_utc.csv.gz");
    Path dir = OUT.resolve("three-venues");
    int exit = FundingKitCli.commandLine().execute("report",
        "--csv", "binance=" + binance, "--where", "binance:symbol=BTCUSDT",
        "--csv", "bybit=" + bybit,
        "--csv", "okx=" + okx, "--where", "okx:exchange=okx", "--where", "okx:pair=BTCUSDT",
        "--out", dir.toString());
    assertEquals(0, exit);
    Path page = dir.resolve(HtmlReport.FILE);
    assertEquals(List.of(), open(page), "console errors");
    assertEquals(List.of(), requests(page), "network requests");
    Object venues = js("return echarts.getInstanceByDom(document.getElementById('ch-venues'))"
        + ".getModel().getSeries().length;");
    assertEquals(3, ((Number) venues).intValue(), "one line per venue");
    Object cells = js("return echarts.getInstanceByDom(document.getElementById('ch-heatmap'))"
        + ".getModel().getSeriesByType('heatmap')[0].getData().count();");
    assertEquals(3, ((Number) cells).intValue(), "one heatmap cell per venue (one symbol)");
  }
}
