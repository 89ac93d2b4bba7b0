package dev.fundingkit.stats.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CarryLevelsTest {

  private static final Duration H8 = Duration.ofHours(8);
  private static final FundingRate ENTRY = FundingRate.ofPercent(-0.02, H8);

  @Test
  void levelsMustShareAnInterval() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CarryLevels.of(ENTRY, FundingRate.ofPercent(-0.005, Duration.ofHours(1))));
    assertEquals("exit must be per the entry's interval PT8H, was -0.005%/1h", e.getMessage());
  }

  @Test
  void nullsAndEquality() {
    NullPointerTester npt = new NullPointerTester().setDefault(FundingRate.class, ENTRY);
    npt.testAllPublicStaticMethods(CarryLevels.class);
    npt.testAllPublicConstructors(CarryLevels.class);
    new EqualsTester()
        .addEqualityGroup(CarryLevels.of(ENTRY, ENTRY), new CarryLevels(ENTRY, ENTRY))
        .addEqualityGroup(CarryLevels.of(ENTRY, ENTRY.negated()))
        .testEquals();
  }
}
