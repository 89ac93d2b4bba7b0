package dev.fundingkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FundingInputExceptionTest {

  private static final Path FILE = Path.of("f.csv");

  @Test
  void message_namesFileLineAndColumn_onOneLine() {
    FundingInputException e = new FundingInputException(FILE, 7, "rate", "bad\nthing");
    assertEquals("f.csv line 7, column 'rate': bad thing", e.getMessage());
    assertEquals(FILE, e.file());
    assertEquals(7, e.line());
    assertEquals(Optional.of("rate"), e.column());
    assertEquals("bad\nthing", e.problem());
  }

  @Test
  void message_withoutLineOrColumn() {
    assertEquals("f.csv: empty", new FundingInputException(FILE, 0, null, "empty").getMessage());
    assertEquals("f.csv line 3: short",
        new FundingInputException(FILE, 3, null, "short").getMessage());
    assertEquals("f.csv column 'x': gone",
        new FundingInputException(FILE, 0, "x", "gone").getMessage());
  }

  @Test
  void rejectsNegativeLineAndNulls() {
    assertThrows(IllegalArgumentException.class, () -> new FundingInputException(FILE, -1, null, "x"));
    assertThrows(NullPointerException.class, () -> new FundingInputException(null, 1, null, "x"));
    assertThrows(NullPointerException.class, () -> new FundingInputException(FILE, 1, null, null));
  }
}
