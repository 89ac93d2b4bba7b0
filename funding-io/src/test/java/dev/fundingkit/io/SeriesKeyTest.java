package dev.fundingkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SeriesKeyTest {

  @Test
  void partsAndWords() {
    assertEquals("okx BTCUSDT", SeriesKey.of("okx", "BTCUSDT").toString());
    assertEquals("BTC", SeriesKey.ofNullable(null, "BTC").toString());
    assertEquals("okx", SeriesKey.ofNullable(" okx ", " ").toString());
    assertSame(SeriesKey.unnamed(), SeriesKey.ofNullable("", null));
    assertEquals("(unnamed)", SeriesKey.unnamed().toString());
    assertEquals(Optional.empty(), SeriesKey.unnamed().venue());
    assertThrows(IllegalArgumentException.class, () -> SeriesKey.of(" ", "BTC"));
  }

  @Test
  void order_unknownPartsFirst_thenVenueThenSymbol() {
    TreeSet<SeriesKey> keys = new TreeSet<>(List.of(SeriesKey.of("okx", "ETH"),
        SeriesKey.of("bybit", "BTC"), SeriesKey.ofNullable(null, "ZZZ"),
        SeriesKey.of("okx", "BTC")));
    assertEquals("[ZZZ, bybit BTC, okx BTC, okx ETH]", keys.toString());
  }

  @Test
  void equalityAndNulls() {
    new EqualsTester()
        .addEqualityGroup(SeriesKey.of("okx", "BTC"), SeriesKey.ofNullable("okx", "BTC"))
        .addEqualityGroup(SeriesKey.ofNullable(null, "BTC"))
        .addEqualityGroup(SeriesKey.unnamed())
        .testEquals();
    new NullPointerTester().setDefault(String.class, "x")
        .ignore(ofNullable())
        .testStaticMethods(SeriesKey.class, NullPointerTester.Visibility.PUBLIC);
  }

  /** Absent parts are its point: null is allowed there. */
  private static java.lang.reflect.Method ofNullable() {
    try {
      return SeriesKey.class.getMethod("ofNullable", String.class, String.class);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }
}
