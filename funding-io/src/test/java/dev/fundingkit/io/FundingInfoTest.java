package dev.fundingkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FundingInfoTest {

  private static final BigDecimal CAP = new BigDecimal("0.02500000");
  private static final BigDecimal FLOOR = new BigDecimal("-0.02500000");

  @Test
  void validates() {
    assertThrows(IllegalArgumentException.class,
        () -> new FundingInfo(" ", Duration.ofHours(8), CAP, FLOOR));
    assertThrows(IllegalArgumentException.class,
        () -> new FundingInfo("A", Duration.ZERO, CAP, FLOOR));
    assertThrows(IllegalArgumentException.class,
        () -> new FundingInfo("A", Duration.ofHours(8), FLOOR, CAP));
  }

  @Test
  void intervals_laterEntryWins() {
    assertEquals(Map.of("A", Duration.ofHours(4)), FundingInfo.intervals(List.of(
        new FundingInfo("A", Duration.ofHours(8), CAP, FLOOR),
        new FundingInfo("A", Duration.ofHours(4), CAP, FLOOR))));
  }

  @Test
  void equalityAndNulls() {
    new EqualsTester()
        .addEqualityGroup(new FundingInfo("A", Duration.ofHours(8), CAP, FLOOR),
            new FundingInfo("A", Duration.ofHours(8), CAP, FLOOR))
        .addEqualityGroup(new FundingInfo("B", Duration.ofHours(8), CAP, FLOOR))
        .addEqualityGroup(new FundingInfo("A", Duration.ofHours(4), CAP, FLOOR))
        .testEquals();
    new NullPointerTester().setDefault(Duration.class, Duration.ofHours(8))
        .setDefault(BigDecimal.class, BigDecimal.ZERO)
        .testAllPublicConstructors(FundingInfo.class);
    new NullPointerTester().testAllPublicStaticMethods(FundingInfo.class);
  }
}
