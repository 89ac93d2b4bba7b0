package dev.fundingkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class RowFilterTest {

  @Test
  void parse_splitsAtTheFirstEquals_andReadsBackItsString() {
    RowFilter filter = RowFilter.parse("symbol=BTCUSDT");
    assertEquals(new RowFilter("symbol", "BTCUSDT"), filter);
    assertEquals(filter, RowFilter.parse(filter.toString()));
    assertEquals(new RowFilter("expr", "a=b"), RowFilter.parse("expr=a=b"));
    assertEquals(new RowFilter("note", ""), RowFilter.parse("note="));
  }

  @Test
  void keeps_comparesTrimmedCells() {
    RowFilter filter = RowFilter.parse("symbol=BTCUSDT");
    assertTrue(filter.keeps(" BTCUSDT "));
    assertFalse(filter.keeps("btcusdt"));
    assertFalse(filter.keeps(null));
  }

  @Test
  void rejectsMissingColumn() {
    assertThrows(IllegalArgumentException.class, () -> RowFilter.parse("BTCUSDT"));
    assertThrows(IllegalArgumentException.class, () -> RowFilter.parse("=BTCUSDT"));
    assertThrows(IllegalArgumentException.class, () -> new RowFilter(" ", "x"));
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(new RowFilter("a", "1"), RowFilter.parse(" a = 1 "))
        .addEqualityGroup(new RowFilter("a", "2"))
        .addEqualityGroup(new RowFilter("b", "1"))
        .testEquals();
    new NullPointerTester().testAllPublicConstructors(RowFilter.class);
    new NullPointerTester().testAllPublicStaticMethods(RowFilter.class);
  }
}
