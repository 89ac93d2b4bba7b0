package dev.fundingkit.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fundingkit.core.rate.FundingRate;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  @Test
  void escapesText() {
    assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;", HtmlReport.esc("a <b> & \"c\" 'd'"));
  }

  @Test
  void marketDataPage_saysWhereItCameFrom_andIsNotLabelledSynthetic() {
    Instant[] t = new Instant[400];
    FundingRate[] r = new FundingRate[400];
    double x = 1e-4;
    for (int i = 0; i < t.length; i++) {
      t[i] = Instant.parse("2024-01-01T00:00:00Z").plus(Duration.ofHours(8L * i));
      x = 1e-4 + 0.7 * (x - 1e-4) + 2e-4 * Math.sin(i * 1.7) * Math.cos(i * 0.3);
      r[i] = FundingRate.of(x, Duration.ofHours(8));
    }
    ReportData data = ReportData.of("<X>", "from file a&b.csv", false, t, r);
    FundingReport report = FundingReport.analyse(data, ReportSettings.DEFAULT, line -> { });
    String html = HtmlReport.render(report, List.of(Path.of("funding.png")));
    assertTrue(html.contains("<title>FundingKit report: &lt;X&gt;</title>"), html);
    assertTrue(html.contains("from file a&amp;b.csv"));
    assertTrue(html.contains("<img src=\"funding.png\""));
    assertFalse(html.contains("SYNTHETIC"));
    assertFalse(html.contains("<script") || html.contains("http://") || html.contains("https://"),
        "self-contained");
    assertTrue(html.contains("not judged: no spot prices"));
  }
}
