package dev.fundingkit.stats.ou;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rolling fit's serial form still carries every window's verdict, but the fit now derives
 * verdicts from its stored figures, so reading must reject a stream whose verdicts disagree
 * with them (rather than trust either). Kept apart from OuRollingFitTest so the tests other
 * branches add there do not collide with it.
 */
class OuRollingFitSerialFormTest {

  private static byte[] write(Object o) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    return bytes.toByteArray();
  }

  private static Object read(byte[] b) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b))) {
      return in.readObject();
    }
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Test
  void roundTripKeepsEveryVerdict_andAVerdictThatDisagreesWithTheFiguresIsRejected()
      throws Exception {
    double[] x = OuFitterTest.ouPath(31, 400);
    OuRollingFit fit = OuRollingFit.over(x, Duration.ofHours(8), 90);
    List<OuVerdict> verdicts = Arrays.asList(fit.verdicts());
    assertTrue(verdicts.contains(OuVerdict.MEAN_REVERTING), "the path should mean-revert");

    byte[] good = write(fit);
    OuRollingFit back = (OuRollingFit) read(good);
    assertArrayEquals(fit.verdicts(), back.verdicts());
    assertEquals(fit.windows(), back.windows());
    for (int w = 0; w < fit.windows(); w++) {
      assertEquals(fit.phi(w), back.phi(w));
      assertEquals(fit.mu(w), back.mu(w));
      assertEquals(fit.adfTau(w), back.adfTau(w));
    }

    // An enum constant travels by name, once per stream: renaming MEAN_REVERTING to a
    // constant of the same length turns every mean-reverting window's verdict into it.
    byte[] bad = good.clone();
    byte[] from = "MEAN_REVERTING".getBytes(StandardCharsets.US_ASCII);
    byte[] to = "NOT_IDENTIFIED".getBytes(StandardCharsets.US_ASCII);
    int at = indexOf(bad, from);
    assertTrue(at >= 0, "the stream names MEAN_REVERTING");
    System.arraycopy(to, 0, bad, at, to.length);
    InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> read(bad));
    assertTrue(e.getMessage().contains("NOT_IDENTIFIED"), e.getMessage());
  }
}
