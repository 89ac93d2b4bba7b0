package dev.fundingkit.examples.report;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class SummaryLineTest {

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(new SummaryLine("OU fit", "half-life", "20.7 h"),
            new SummaryLine("OU fit", "half-life", "20.7 h"))
        .addEqualityGroup(new SummaryLine("OU fit", "mu", "0.0117%"))
        .testEquals();
    new NullPointerTester().testAllPublicConstructors(SummaryLine.class);
  }
}
