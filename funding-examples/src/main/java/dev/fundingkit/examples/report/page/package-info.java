/**
 * The report page: {@link dev.fundingkit.examples.report.page.ReportPage}, the documented
 * model of everything the page shows; {@link dev.fundingkit.examples.report.page.ReportPageAdapter},
 * the one class that builds it from the analysis; {@link dev.fundingkit.examples.report.page.PageJson},
 * its JSON form embedded once in the page; and
 * {@link dev.fundingkit.examples.report.page.HtmlAssets}, the inlined Apache ECharts WebJar and
 * the page's own template, style and script.
 */
package dev.fundingkit.examples.report.page;
