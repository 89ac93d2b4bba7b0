package dev.fundingkit.core.ledger;

import java.time.Instant;
import static dev.fundingkit.core.ledger.LedgerFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.rate.PositionSide;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LedgerEntryTest {

  private static final Duration H8 = Duration.ofHours(8);
  private static final Settlement S = Settlement.of(T0.plus(H8),
      FundingRate.of(-0.0003, H8), 200);

  private static List<LedgerEntry> entries(double size) {
    return FundingLedger.of(List.of(Settlement.of(T0, FundingRate.of(0.0001, H8), 100), S),
        PositionHistory.held(T0, T0.plus(H8), size)).entries();
  }

  @Test
  void derivesSideAndCashFlow_fromTheLedger() {
    LedgerEntry short2 = entries(-2).get(1);
    assertEquals(Optional.of(PositionSide.SHORT), short2.side());
    assertEquals(-2.0, short2.size(), 0);
    // short 2 at 200 with −0.03% pays 2 × 200 × 0.0003 = 0.12
    assertEquals(-0.12, short2.cashFlow().orElseThrow(), 1e-15);
    assertEquals(-0.12, short2.cumulative(), 1e-15);
    assertEquals(Optional.of(S), short2.settlement());
    assertEquals(H8, short2.interval());
    LedgerEntry flat = entries(-2).get(0);
    assertEquals(EntryStatus.FLAT, flat.status());
    assertEquals(Optional.empty(), flat.side());
    assertTrue(short2.toString().contains("PAID size -2.0 cash -0.12"), short2.toString());
  }

  @Test
  void nullsAndEquality() {
    new NullPointerTester().testAllPublicInstanceMethods(entries(1).get(1));
    new EqualsTester()
        .addEqualityGroup(entries(1).get(1), entries(1).get(1))
        .addEqualityGroup(entries(2).get(1))
        .addEqualityGroup(entries(1).get(0))
        .testEquals();
  }

  // ---------------------------------------------------------------- mutation-testing additions

  @Test
  void negativeZeros_areNormalised() {
    LedgerEntry e = new LedgerEntry(Instant.EPOCH, Duration.ofHours(8), EntryStatus.FLAT, null,
        -0.0, -0.0, -0.0);
    long plusZero = Double.doubleToRawLongBits(0.0);
    assertEquals(plusZero, Double.doubleToRawLongBits(e.size()));
    assertEquals(plusZero, Double.doubleToRawLongBits(e.cumulative()));
    assertEquals(plusZero, Double.doubleToRawLongBits(e.cashFlow().orElseThrow()));
  }

  @Test
  void hashCode_separatesEntriesThatDifferInOneField() {
    Instant t = Instant.EPOCH;
    Duration h8 = Duration.ofHours(8);
    java.util.List<LedgerEntry> all = java.util.List.of(
        new LedgerEntry(t, h8, EntryStatus.FLAT, null, 0, 0, 0),
        new LedgerEntry(t.plusSeconds(1), h8, EntryStatus.FLAT, null, 0, 0, 0),
        new LedgerEntry(t, h8.plusHours(1), EntryStatus.FLAT, null, 0, 0, 0),
        new LedgerEntry(t, h8, EntryStatus.MISSING, null, 0, 0, 0),
        new LedgerEntry(t, h8, EntryStatus.FLAT, null, 1, 0, 0),
        new LedgerEntry(t, h8, EntryStatus.FLAT, null, 0, 1, 0),
        new LedgerEntry(t, h8, EntryStatus.FLAT, null, 0, 0, 1));
    assertEquals(all.size(), all.stream().mapToInt(Object::hashCode).distinct().count());
  }
}
