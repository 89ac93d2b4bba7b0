package dev.fundingkit.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.examples.report.page.ReportPageAdapter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  /** A 400-point 8-hourly market-like series (deterministic, no spot). */
  static ReportData marketData(String name, String source) {
    Instant[] t = new Instant[400];
    FundingRate[] r = new FundingRate[400];
    double x = 1e-4;
    for (int i = 0; i < t.length; i++) {
      t[i] = Instant.parse("2024-01-01T00:00:00Z").plus(Duration.ofHours(8L * i));
      x = 1e-4 + 0.7 * (x - 1e-4) + 2e-4 * Math.sin(i * 1.7) * Math.cos(i * 0.3);
      r[i] = FundingRate.of(x, Duration.ofHours(8));
    }
    return ReportData.of(name, source, false, t, r);
  }

  @Test
  void escapesText() {
    assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;", HtmlReport.esc("a <b> & \"c\" 'd'"));
  }

  @Test
  void marketDataPage_escapesItsTitle_andIsNotLabelledSynthetic() {
    ReportData data = marketData("<X>", "from file a&b.csv </script>");
    FundingReport report = FundingReport.analyse(data, ReportSettings.DEFAULT, line -> { });
    String html = HtmlReport.render(ReportPageAdapter.of(report));
    assertTrue(html.contains("<title>FundingKit report: &lt;X&gt;</title>"), "title escaped");
    assertFalse(html.contains("SYNTHETIC"));
    assertFalse(html.contains("</script> "), "the data cannot close its script element");
    assertTrue(html.contains("a&b.csv \\u003c/script>"), "the source is in the data, escaped");
  }

  @Test
  void page_forbidsEveryNetworkRequest_andAllowsOnlyItsOwnScriptsByHash() {
    FundingReport report = FundingReport.analyse(marketData("X", "file"),
        ReportSettings.DEFAULT, line -> { });
    String html = HtmlReport.render(ReportPageAdapter.of(report));
    Matcher csp = Pattern.compile("http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\"")
        .matcher(html);
    assertTrue(csp.find(), "a CSP meta tag");
    String policy = csp.group(1);
    assertTrue(policy.startsWith("default-src &#39;none&#39;;"), policy);
    assertTrue(policy.contains("connect-src &#39;none&#39;"), policy);
    assertFalse(policy.contains("unsafe-eval"), policy);
    assertFalse(policy.contains("script-src &#39;unsafe-inline"), policy);
    // Two executable scripts, each allowed by its hash; the data is a JSON script element.
    assertEquals(2, count(html, "<script>"));
    assertEquals(1, count(html, "<script type=\"application/json\" id=\"fk-data\">"));
    assertEquals(2, count(policy, "sha256-"));
    assertFalse(html.contains("src=\"http") || html.contains("href=\"http"), "no remote link");
  }

  @Test
  void page_of20000Points_isAtMost2MB() {
    Instant[] t = new Instant[20_000];
    FundingRate[] r = new FundingRate[t.length];
    double x = 1e-4;
    for (int i = 0; i < t.length; i++) {
      t[i] = Instant.parse("2020-01-01T00:00:00Z").plus(Duration.ofHours(1L * i));
      x = 1.25e-5 + 0.95 * (x - 1.25e-5) + 3e-5 * Math.sin(i * 1.3) * Math.cos(i * 0.7);
      r[i] = FundingRate.of(x, Duration.ofHours(1));
    }
    ReportData data = ReportData.of("big", "generated", false, t, r);
    FundingReport report = FundingReport.analyse(data, ReportSettings.DEFAULT, line -> { });
    int bytes = HtmlReport.render(ReportPageAdapter.of(report))
        .getBytes(StandardCharsets.UTF_8).length;
    assertTrue(bytes <= 2_000_000, "page of 20,000 points is " + bytes + " bytes");
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
