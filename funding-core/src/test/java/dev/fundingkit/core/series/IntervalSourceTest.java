package dev.fundingkit.core.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class IntervalSourceTest {

  @Test
  void labelsAreLowerCaseAndParseBack() {
    assertEquals("declared", IntervalSource.DECLARED.label());
    assertEquals("assumed", IntervalSource.ASSUMED.label());
    for (IntervalSource s : IntervalSource.values()) {
      assertEquals(s, IntervalSource.parse(s.label()));
      assertEquals(s, IntervalSource.parse(" " + s.name() + " "));
    }
    assertEquals("interval source must be declared, inferred or assumed, was 'guessed'",
        assertThrows(IllegalArgumentException.class, () -> IntervalSource.parse("guessed"))
            .getMessage());
    new NullPointerTester().testAllPublicStaticMethods(IntervalSource.class);
  }
}
