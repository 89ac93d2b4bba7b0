package dev.fundingkit.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportChartsTest {

  @TempDir Path dir;

  @Test
  void writesThreeReadablePngsHeadless() throws IOException {
    FundingReport report =
        FundingReport.analyse(ReportData.demo(), ReportSettings.DEFAULT, line -> { });
    List<Path> files = ReportCharts.write(report, dir);
    assertEquals(List.of(dir.resolve(ReportCharts.FUNDING), dir.resolve(ReportCharts.HALF_LIFE),
        dir.resolve(ReportCharts.BACKTEST)), files);
    assertEquals("true", System.getProperty("java.awt.headless"));
    for (Path file : files) {
      BufferedImage image = ImageIO.read(file.toFile());
      assertEquals(1400, image.getWidth(), file.toString());
      assertEquals(560, image.getHeight(), file.toString());
      assertTrue(distinctColours(image) > 5, file + " has content");
    }
  }

  private static int distinctColours(BufferedImage image) {
    java.util.Set<Integer> colours = new java.util.HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 7) {
      for (int x = 0; x < image.getWidth(); x += 7) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours.size();
  }
}
