package dev.fundingkit.io;

import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Generated text over a small alphabet, so that a grammar's edge cases come up often. */
final class TextOver {

  private TextOver() {}

  /**
   * Strings of {@code minLength} to {@code maxLength} characters drawn from {@code alphabet}.
   *
   * @param alphabet the characters to draw from
   * @param minLength the shortest length
   * @param maxLength the longest length
   * @return the generator
   */
  static Gen<String> alphabet(String alphabet, int minLength, int maxLength) {
    return SourceDSL.strings().betweenCodePoints(0, alphabet.length() - 1)
        .ofLengthBetween(minLength, maxLength)
        .map(code -> {
          StringBuilder b = new StringBuilder();
          code.codePoints().forEach(c -> b.append(alphabet.charAt(c)));
          return b.toString();
        });
  }
}
