package dev.fundingkit.core.carry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScanRowTest {

  private static final CarryEconomics E =
      CarryTrade.of(FundingRate.of(-0.0003, Duration.ofHours(8)), 0.08).economics();

  @Test
  void flags_areCopiedAndIteratedInDeclarationOrder() {
    Set<ScanFlag> flags = EnumSet.noneOf(ScanFlag.class);
    ScanRow row = new ScanRow("BTC", E, Set.of(ScanFlag.NET_YIELD_ABOVE_THRESHOLD,
        ScanFlag.RATE_BELOW_THRESHOLD));
    assertEquals(List.of(ScanFlag.RATE_BELOW_THRESHOLD, ScanFlag.NET_YIELD_ABOVE_THRESHOLD),
        new ArrayList<>(row.flags()));
    ScanRow empty = new ScanRow("BTC", E, flags);
    flags.add(ScanFlag.RATE_BELOW_THRESHOLD);
    assertEquals(Set.of(), empty.flags());
    assertThrows(UnsupportedOperationException.class,
        () -> empty.flags().add(ScanFlag.RATE_BELOW_THRESHOLD));
    assertEquals(E.netYield(), row.netYield(), 0);
  }

  @Test
  void nullsAndEquality() {
    new NullPointerTester().setDefault(CarryEconomics.class, E).setDefault(Set.class, Set.of())
        .testAllPublicConstructors(ScanRow.class);
    new EqualsTester()
        .addEqualityGroup(new ScanRow("BTC", E, Set.of()), new ScanRow("BTC", E,
            EnumSet.noneOf(ScanFlag.class)))
        .addEqualityGroup(new ScanRow("ETH", E, Set.of()))
        .addEqualityGroup(new ScanRow("BTC", E, Set.of(ScanFlag.RATE_BELOW_THRESHOLD)))
        .testEquals();
  }
}
