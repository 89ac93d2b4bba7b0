package dev.fundingkit.core.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FundingGapTest {

  private static final Instant A = Instant.parse("2025-01-01T00:00:00Z");
  private static final Instant B = Instant.parse("2025-01-02T00:00:00Z");
  private static final Duration H8 = Duration.ofHours(8);

  @Test
  void expectedSettlements_areTheGridPointsInsideTheHole() {
    FundingGap g = new FundingGap(A, B, H8, 2);
    assertEquals(List.of(Instant.parse("2025-01-01T08:00:00Z"),
        Instant.parse("2025-01-01T16:00:00Z")), g.expectedSettlements());
    assertEquals(Duration.ofHours(24), g.length());
  }

  @Test
  void overlaps_isHalfOpenOnTheWindow() {
    FundingGap g = new FundingGap(A, B, H8, 2);
    assertTrue(g.overlaps(A.minusSeconds(1), A.plusSeconds(1)));
    assertFalse(g.overlaps(A.minusSeconds(10), A)); // ends at the last point before the hole
    assertFalse(g.overlaps(B, B.plusSeconds(10))); // starts at the first point after it
    assertTrue(g.overlaps(B.minusSeconds(1), B.plusSeconds(1)));
    assertFalse(g.overlaps(B.minusSeconds(1), B.minusSeconds(1))); // empty window
  }

  @Test
  void inconsistentGaps_areRejected() {
    assertThrows(IllegalArgumentException.class, () -> new FundingGap(B, A, H8, 1));
    assertThrows(IllegalArgumentException.class, () -> new FundingGap(A, B, H8, 0));
    assertThrows(IllegalArgumentException.class, () -> new FundingGap(A, B, H8, 3));
    assertThrows(IllegalArgumentException.class, () -> new FundingGap(A, B, Duration.ZERO, 1));
  }

  @Test
  void serializationGoesThroughTheConstructor() throws Exception {
    FundingGap g = new FundingGap(A, B, H8, 2);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(g);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(g, in.readObject());
    }
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(new FundingGap(A, B, H8, 2), new FundingGap(A, B, H8, 2))
        .addEqualityGroup(new FundingGap(A, B, H8, 1))
        .addEqualityGroup(new FundingGap(A, B, Duration.ofHours(4), 2))
        .testEquals();
    new NullPointerTester().setDefault(Duration.class, H8).setDefault(Instant.class, A)
        .testAllPublicInstanceMethods(new FundingGap(A, B, H8, 2));
  }
}
