package dev.fundingkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class InputFormatTest {

  @Test
  void parseReadsBackEveryIdAndConstantName() {
    for (InputFormat f : InputFormat.values()) {
      assertEquals(f, InputFormat.parse(f.toString()));
      assertEquals(f, InputFormat.parse(f.name().toLowerCase(java.util.Locale.ROOT)));
      assertTrue(!f.description().isBlank());
    }
  }

  @Test
  void unknownName_listsTheFormats() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> InputFormat.parse("parquet"));
    assertTrue(e.getMessage().startsWith("format must be one of auto, csv, json,")
        && e.getMessage().endsWith("was 'parquet'"), e.getMessage());
    new NullPointerTester().testAllPublicStaticMethods(InputFormat.class);
  }
}
