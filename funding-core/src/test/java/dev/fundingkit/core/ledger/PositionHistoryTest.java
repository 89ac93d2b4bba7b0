package dev.fundingkit.core.ledger;

import static dev.fundingkit.core.ledger.LedgerFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PositionHistoryTest {

  private static final Instant T1 = T0.plusSeconds(3600);

  @Test
  void sizeBefore_ignoresAChangeAtExactlyThatInstant() {
    PositionHistory p = PositionHistory.held(T0, T1, 2.5);
    assertEquals(0.0, p.sizeBefore(T0), 0);
    assertEquals(2.5, p.sizeBefore(T0.plusNanos(1)), 0);
    assertEquals(2.5, p.sizeBefore(T1), 0);
    assertEquals(0.0, p.sizeBefore(T1.plusNanos(1)), 0);
  }

  @Test
  void mirrored_negatesEverySize() {
    PositionHistory p = PositionHistory.held(T0, T1, 2.5);
    assertEquals(-2.5, p.mirrored().sizeBefore(T1), 0);
    assertEquals(p, p.mirrored().mirrored());
  }

  @Test
  void badInput_namesParameterAndValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PositionHistory.held(T1, T0, 1));
    assertEquals("exit must be after entry " + T1 + ", was " + T0, e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> PositionHistory.of(
        List.of(SizeChange.of(T1, 1), SizeChange.of(T1, 2))));
    assertEquals("changes.time must be strictly increasing, but changes.time[1]=" + T1
        + " duplicates changes.time[0]=" + T1, e.getMessage());
  }

  @Test
  void nullsAndEquality() {
    NullPointerTester npt = new NullPointerTester().setDefault(Instant.class, T0);
    npt.testAllPublicStaticMethods(PositionHistory.class);
    npt.testAllPublicInstanceMethods(PositionHistory.held(T0, T1, 1));
    new EqualsTester()
        .addEqualityGroup(PositionHistory.held(T0, T1, 1),
            PositionHistory.of(List.of(SizeChange.of(T0, 1), SizeChange.of(T1, 0))))
        .addEqualityGroup(PositionHistory.held(T0, T1, -1))
        .addEqualityGroup(PositionHistory.of(List.of()))
        .testEquals();
    assertEquals("PositionHistory[]", PositionHistory.of(List.of()).toString());
  }

  @Test
  void hashCode_separatesDifferentHistories() {
    List<PositionHistory> all = List.of(PositionHistory.held(T0, T1, 1),
        PositionHistory.held(T0, T1, -1), PositionHistory.of(List.of()));
    assertEquals(all.size(), all.stream().mapToInt(Object::hashCode).distinct().count());
  }
}
