package dev.fundingkit.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportSummaryTest {

  @Test
  void sectionsInOrder() {
    FundingReport report =
        FundingReport.analyse(ReportData.demo(), ReportSettings.DEFAULT, line -> { });
    List<String> sections = ReportSummary.lines(report).stream().map(SummaryLine::section)
        .distinct().toList();
    assertEquals(List.of("Data", "Series (per 8h, time-weighted)", "OU fit (theta per hour)",
        "Now (last settlement)", "Signals (reverse farm)",
        "Carry economics (borrow 8.00% a year)",
        ReportSummary.backtestSection(report.backtest())), sections);
    assertTrue(sections.get(6).startsWith("Backtest (out of sample, trained "
        + report.data().times()[0] + " to "), sections.get(6));
    assertTrue(ReportSummary.lines(report).get(0).value().contains("SYNTHETIC"));
  }

  @Test
  void percentKeepsFundingDigits() {
    assertEquals("-0.0150%", ReportSummary.percent(-0.00015));
    assertEquals("32.9%", ReportSummary.percent(0.3285));
    assertEquals("8.00%", ReportSummary.percent(0.08));
    assertEquals("n/a", ReportSummary.percent(Double.NaN));
  }
}
