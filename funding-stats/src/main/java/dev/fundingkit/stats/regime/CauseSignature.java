package dev.fundingkit.stats.regime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The signature of one cause of negative funding: the band each feature of an episode should
 * fall in. Bands: rate per 8 h (fraction), open-interest change (fraction), price change
 * (fraction), duration (days). The standard ones are in {@link CauseSignatures}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param cause the cause, not {@link NegativeFundingCause#UNCLASSIFIED}
 * @param ratePer8h the band of the rate level, per 8 h
 * @param openInterestChange the band of the open-interest change
 * @param priceChange the band of the price change
 * @param durationDays the band of the duration, in days
 */
public record CauseSignature(
    NegativeFundingCause cause,
    Band ratePer8h,
    Band openInterestChange,
    Band priceChange,
    Band durationDays) implements java.io.Serializable {

  /**
   * Validates the signature.
   *
   * @param cause the cause, not {@code UNCLASSIFIED}
   * @param ratePer8h the band of the rate level, per 8 h
   * @param openInterestChange the band of the open-interest change
   * @param priceChange the band of the price change
   * @param durationDays the band of the duration, in days
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code cause} is {@code UNCLASSIFIED}
   */
  public CauseSignature {
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(ratePer8h, "ratePer8h");
    Objects.requireNonNull(openInterestChange, "openInterestChange");
    Objects.requireNonNull(priceChange, "priceChange");
    Objects.requireNonNull(durationDays, "durationDays");
    if (cause == NegativeFundingCause.UNCLASSIFIED) {
      throw new IllegalArgumentException("cause must be a real cause, was " + cause);
    }
  }

  /**
   * A signature.
   *
   * @param cause the cause, not {@code UNCLASSIFIED}
   * @param ratePer8h the band of the rate level, per 8 h
   * @param openInterestChange the band of the open-interest change
   * @param priceChange the band of the price change
   * @param durationDays the band of the duration, in days
   * @return the signature
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code cause} is {@code UNCLASSIFIED}
   */
  public static CauseSignature of(NegativeFundingCause cause, Band ratePer8h,
      Band openInterestChange, Band priceChange, Band durationDays) {
    return new CauseSignature(cause, ratePer8h, openInterestChange, priceChange, durationDays);
  }

  /**
   * The band of one feature.
   *
   * @param feature the feature
   * @return its band
   * @throws NullPointerException if {@code feature} is null
   */
  public Band band(CauseFeature feature) {
    Objects.requireNonNull(feature, "feature");
    return List.of(ratePer8h, openInterestChange, priceChange, durationDays)
        .get(feature.ordinal());
  }

  /**
   * Checks every feature of an episode against this signature.
   *
   * @param facts the episode's facts
   * @return one check per feature, in {@link CauseFeature} order
   * @throws NullPointerException if {@code facts} is null
   */
  public CauseScore score(EpisodeFacts facts) {
    Objects.requireNonNull(facts, "facts");
    List<FeatureCheck> checks = new ArrayList<>();
    for (CauseFeature feature : CauseFeature.values()) {
      checks.add(FeatureCheck.of(feature, facts.value(feature), band(feature)));
    }
    return CauseScore.of(cause, checks);
  }
}
