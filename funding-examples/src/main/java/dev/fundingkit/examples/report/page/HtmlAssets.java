package dev.fundingkit.examples.report.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The web resources the page inlines: Apache ECharts from its WebJar on the class path, and
 * the page's own template, style sheet and script from this package's resources.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlAssets {

  /** The ECharts version inlined (the {@code org.webjars.npm:echarts} dependency). */
  public static final String ECHARTS_VERSION = "5.3.1";

  private static final String ECHARTS =
      "/META-INF/resources/webjars/echarts/" + ECHARTS_VERSION + "/dist/echarts.min.js";

  private HtmlAssets() {}

  /**
   * The minified ECharts library.
   *
   * @return the script text
   * @throws IllegalStateException if the WebJar is not on the class path
   */
  public static String echarts() {
    return read(ECHARTS);
  }

  /**
   * One of the page's own resources, e.g. {@code report.js}.
   *
   * @param name the file name in this package's resources
   * @return its text
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalStateException if it is missing
   */
  public static String own(String name) {
    Objects.requireNonNull(name, "name");
    return read("/dev/fundingkit/examples/report/page/" + name);
  }

  private static String read(String resource) {
    try (InputStream in = HtmlAssets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource " + resource + " is missing from the class"
            + " path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
