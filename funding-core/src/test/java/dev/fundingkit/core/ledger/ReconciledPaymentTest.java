package dev.fundingkit.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReconciledPaymentTest {

  private static final Duration H8 = Duration.ofHours(8);
  private static final Instant T = Instant.parse("2025-10-01T08:00:00Z");

  /** Long 2 at 100 with +0.01%: the ledger expects 2 × 100 × 0.0001 = 0.02 paid. */
  private static List<ReconciledPayment> lines(double booked) {
    FundingLedger l = FundingLedger.of(List.of(Settlement.of(T, FundingRate.ofPercent(0.01,
        H8), 100)), PositionHistory.held(T.minus(H8), T, 2));
    return Reconciliation.of(l, List.of(VenuePayment.of(T.plusSeconds(3), booked)), 1e-12,
        Duration.ofMinutes(1)).lines();
  }

  @Test
  void pairsTheLedgersFigureWithTheVenues() {
    ReconciledPayment line = lines(-0.025).get(0);
    assertEquals(ReconciliationStatus.MISMATCHED, line.status());
    assertEquals(T.plusSeconds(3), line.time());                 // the venue's booking time
    assertEquals(-0.02, line.expected().orElseThrow(), 1e-15);
    assertEquals(-0.025, line.actual(), 0);
    assertEquals(-0.005, line.difference().orElseThrow(), 1e-15); // −0.025 − (−0.02)
    assertEquals(Optional.of(VenuePayment.of(T.plusSeconds(3), -0.025)), line.payment());
    assertEquals(T, line.entry().orElseThrow().time());
    assertTrue(line.toString().startsWith("MISMATCHED " + T.plusSeconds(3)), line.toString());
    assertEquals(ReconciliationStatus.MATCHED, lines(-0.02).get(0).status());
  }

  @Test
  void nulls() {
    new NullPointerTester().testAllPublicInstanceMethods(lines(-0.02).get(0));
  }
}
