package dev.fundingkit.examples.report;

import dev.fundingkit.examples.report.page.HtmlAssets;
import dev.fundingkit.examples.report.page.PageJson;
import dev.fundingkit.examples.report.page.ReportPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;

/**
 * Writes {@code report.html}: one self-contained, interactive page. Apache ECharts (from its
 * WebJar) and the page's script are inlined, the {@link ReportPage} model is embedded once as
 * JSON, and a Content-Security-Policy allows only those two scripts (by hash) and inline
 * styles, so the page makes no network request at all and works offline.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlReport {

  /** The file name of the page. */
  public static final String FILE = "report.html";

  private HtmlReport() {}

  /**
   * Writes the page.
   *
   * @param page the page model
   * @param dir the directory to write into, which must exist
   * @return the page's path
   * @throws NullPointerException if an argument is null
   * @throws IOException if the page cannot be written
   */
  public static Path write(ReportPage page, Path dir) throws IOException {
    Objects.requireNonNull(page, "page");
    Path file = dir.resolve(FILE);
    Files.writeString(file, render(page), StandardCharsets.UTF_8);
    return file;
  }

  /**
   * The page's HTML.
   *
   * @param page the page model
   * @return the HTML document
   * @throws NullPointerException if {@code page} is null
   */
  public static String render(ReportPage page) {
    Objects.requireNonNull(page, "page");
    String echarts = HtmlAssets.echarts();
    String script = HtmlAssets.own("report.js");
    String csp = "default-src 'none'; script-src '" + sha256(echarts) + "' '"
        + sha256(script) + "'; style-src 'unsafe-inline'; img-src data:; font-src 'none';"
        + " connect-src 'none'; media-src 'none'; object-src 'none'; frame-src 'none';"
        + " worker-src 'none'; base-uri 'none'; form-action 'none'";
    String template = HtmlAssets.own("report.html");
    return template
        .replace("@CSP@", esc(csp))
        .replace("@TITLE@", esc(page.title()))
        .replace("@STYLE@", HtmlAssets.own("report.css"))
        .replace("@BANNER@", page.synthetic()
            ? "<p class=\"banner\">SYNTHETIC DATA: every figure on this page comes from"
                + " generated data, not from any market. It shows what the report does.</p>"
            : "")
        .replace("@ECHARTS@", echarts)
        .replace("@SCRIPT@", script)
        .replace("@DATA@", PageJson.of(page));
  }

  private static String sha256(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(
          text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
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
