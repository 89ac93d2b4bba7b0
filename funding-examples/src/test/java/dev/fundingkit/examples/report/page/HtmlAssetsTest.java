package dev.fundingkit.examples.report.page;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class HtmlAssetsTest {

  @Test
  void rejectsNull() {
    new NullPointerTester().testAllPublicStaticMethods(HtmlAssets.class);
  }

  @Test
  void echarts_comesFromTheWebJar_andIsMinified() {
    String js = HtmlAssets.echarts();
    assertTrue(js.length() > 500_000 && js.length() < 1_200_000, "size " + js.length());
    assertTrue(js.contains("echarts"));
    assertTrue(!js.contains("</script"), "safe to inline");
  }

  @Test
  void ownResources_areThere_andAMissingOneSaysSo() {
    assertTrue(HtmlAssets.own("report.js").contains("fk-data"));
    assertTrue(HtmlAssets.own("report.html").contains("@CSP@"));
    assertThrows(IllegalStateException.class, () -> HtmlAssets.own("nothing.js"));
  }
}
