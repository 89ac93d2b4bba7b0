package dev.fundingkit.examples.report.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.series.IntervalSource;
import dev.fundingkit.examples.report.page.ReportPage.HalfLife;
import dev.fundingkit.examples.report.page.ReportPage.NamedSeries;
import dev.fundingkit.examples.report.page.ReportPage.WindowStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void rejectsNull() {
    new NullPointerTester().testAllPublicStaticMethods(PageJson.class);
  }

  @Test
  void series_areColumnsOfTimeStepsValuesAndIntervalRuns_andThePrimaryIsWrittenOnce()
      throws Exception {
    // 00:00 and 08:00 at 8 h, then 12:00 at 4 h.
    long t0 = 1_704_067_200_000L; // 2024-01-01T00:00:00Z
    FundingSeries s = FundingSeries.of(new long[] {t0, t0 + 28_800_000L, t0 + 43_200_000L},
        new double[] {1e-4, -2.5e-5, 1.23456789012345e-4},
        new long[] {28_800_000L, 28_800_000L, 14_400_000L}, IntervalSource.DECLARED);
    FundingSeries other = s.withVenue("B <x>");
    ReportPage page = new ReportPage("t", false, s, "A", List.of(new NamedSeries("A", s),
        new NamedSeries("B", other)), List.of("A", "B"), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(new HalfLife(s.firstTime(), s.lastTime(),
        WindowStatus.FAILED, Double.NaN, Double.NaN, Double.NaN, "no fit")),
        ReportPageTest.NO_TRADE, List.of(), List.of(), List.of(), List.of());
    String text = PageJson.of(page);
    assertFalse(text.contains("<"), "no '<' can close the script element");
    JsonNode j = JSON.readTree(text);
    JsonNode p = j.get("primary");
    assertEquals(t0, p.get("t0").longValue());
    assertEquals("[28800000,14400000]", p.get("dt").toString());
    assertEquals("[1.0E-4,-2.5E-5,1.234567890E-4]".replace("890E", "89E"),
        p.get("v").toString(), "values to 10 significant digits");
    assertEquals("[[0,28800000],[2,14400000]]", p.get("iv").toString());
    assertTrue(j.get("comparison").get(0).get("isPrimary").booleanValue());
    assertEquals("B <x>", j.get("comparison").get(1).get("venue").textValue());
    assertTrue(j.get("halfLives").get(0).get("hours").isNull(), "NaN is written as null");
    assertEquals(Duration.ofHours(4).toMillis(), p.get("iv").get(1).get(1).longValue());
  }
}
