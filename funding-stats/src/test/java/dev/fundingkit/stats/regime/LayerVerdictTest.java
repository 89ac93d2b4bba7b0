package dev.fundingkit.stats.regime;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayerVerdictTest {

  @Test
  void listsAreCopied_andUnmodifiable() {
    List<String> missing = new ArrayList<>(List.of("oi"));
    LayerVerdict v = new LayerVerdict(ConfirmationLayer.LEVERAGE, LayerStatus.NO_DATA,
        List.of(), List.of(), missing);
    missing.clear();
    new EqualsTester()
        .addEqualityGroup(v, new LayerVerdict(ConfirmationLayer.LEVERAGE, LayerStatus.NO_DATA,
            List.of(), List.of(), List.of("oi")))
        .addEqualityGroup(new LayerVerdict(ConfirmationLayer.LEVERAGE, LayerStatus.UNDECIDED,
            List.of(), List.of(), List.of()))
        .testEquals();
    assertThrows(UnsupportedOperationException.class, () -> v.missingInputs().add("x"));
    new NullPointerTester()
        .setDefault(List.class, List.of())
        .testAllPublicConstructors(LayerVerdict.class);
  }
}
