package dev.fundingkit.core.formula;

import dev.fundingkit.core.ArgChecks;
import java.io.Serializable;

/**
 * How the average premium {@code P} and the interest {@code I} combine into the raw rate
 * before scaling and caps.
 *
 * <ul>
 *   <li><b>Clamp</b> (BitMEX family): {@code raw = P + clamp(I − P, −b, +b)}. Venues often
 *       write {@code clamp(I − P, 0.05%, −0.05%)} with the bounds in the wrong order; the
 *       intended band is symmetric and is implemented so. Consequence: {@code raw = I} exactly
 *       whenever {@code P} lies in {@code [I − b, I + b]} (the dead zone).
 *   <li><b>Damper</b> (Deribit): {@code raw = max(δ, P) + min(−δ, P) + I}: zero premium inside
 *       {@code ±δ}, {@code P ∓ δ} outside (Deribit has {@code I = 0}).
 *   <li><b>None</b> (Kraken, OKX formula A, dYdX): {@code raw = P + I}.
 * </ul>
 *
 * <p>Every band is non-decreasing in {@code P}, exactly in floating point, and odd in
 * {@code P} when {@code I = 0}. Implementations are immutable and thread-safe, with value
 * equality.
 */
public interface PremiumBand extends Serializable {

  /** The usual ±0.05% clamp band ({@code b = 0.0005}). */
  PremiumBand DEFAULT_CLAMP = new ClampBand(0.0005);

  /** No band: {@code raw = P + I}. */
  PremiumBand NONE = NoBand.INSTANCE;

  /**
   * The clamp band {@code raw = P + clamp(I − P, −halfWidth, +halfWidth)}.
   *
   * @param halfWidth the band's half width, a fraction, finite and zero or more (0.0005 is
   *     ±0.05%)
   * @return the band
   * @throws IllegalArgumentException if {@code halfWidth} is NaN, infinite or negative
   */
  static PremiumBand clamp(double halfWidth) {
    return new ClampBand(ArgChecks.nonNegative("halfWidth", halfWidth));
  }

  /**
   * Deribit's dead-band damper {@code raw = max(δ, P) + min(−δ, P) + I}.
   *
   * @param delta the dead band's half width δ, a fraction, finite and zero or more (Deribit
   *     now 0.00025; formerly 0.0005)
   * @return the band
   * @throws IllegalArgumentException if {@code delta} is NaN, infinite or negative
   */
  static PremiumBand damper(double delta) {
    return new DeadBand(ArgChecks.nonNegative("delta", delta));
  }

  /**
   * The raw rate before scaling and caps.
   *
   * @param premium the average premium {@code P}, a finite fraction
   * @param interest the interest {@code I}, a finite fraction
   * @return the raw rate
   * @throws IllegalArgumentException if {@code premium} or {@code interest} is NaN or infinite
   */
  double raw(double premium, double interest);

  /**
   * The term added to the premium, as the venue writes it: {@code clamp(I − P, ±b)} for the
   * clamp band; {@code raw − P} otherwise.
   *
   * @param premium the average premium {@code P}, a finite fraction
   * @param interest the interest {@code I}, a finite fraction
   * @return the clamp term
   * @throws IllegalArgumentException if {@code premium} or {@code interest} is NaN or infinite
   */
  double term(double premium, double interest);

  /**
   * Reads the form the {@code toString()} of the library's parts writes (ASCII spellings accepted: {@code +-} for
   * {@code ±}, {@code x} for {@code ×}, {@code /} for {@code ÷}), such as {@code clamp ±0.05%}.
   *
   * @param text the text
   * @return the part
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException naming the accepted forms if the text has none of them
   */
  static PremiumBand parse(CharSequence text) {
    return PartText.band(text);
  }
}
