package dev.fundingkit.stats.regime;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How well an episode fits one cause's signature: the check of every feature.
 *
 * <p>Immutable and thread-safe.
 *
 * @param cause the cause whose signature was checked
 * @param checks the feature checks, not empty (copied)
 */
public record CauseScore(NegativeFundingCause cause, List<FeatureCheck> checks) implements java.io.Serializable {

  /**
   * Validates the score.
   *
   * @param cause the cause whose signature was checked
   * @param checks the feature checks, not empty
   * @throws NullPointerException if an argument or a check is null
   * @throws IllegalArgumentException if {@code checks} is empty
   */
  public CauseScore {
    Objects.requireNonNull(cause, "cause");
    checks = List.copyOf(Objects.requireNonNull(checks, "checks"));
    if (checks.isEmpty()) {
      throw new IllegalArgumentException("checks must not be empty, was " + checks);
    }
  }

  /**
   * A score.
   *
   * @param cause the cause whose signature was checked
   * @param checks the feature checks, not empty
   * @return the score
   * @throws NullPointerException if an argument or a check is null
   * @throws IllegalArgumentException if {@code checks} is empty
   */
  public static CauseScore of(NegativeFundingCause cause, List<FeatureCheck> checks) {
    return new CauseScore(cause, checks);
  }

  /**
   * How many features matched.
   *
   * @return the count, in {@code [0, checks().size()]}
   */
  public int matches() {
    return (int) checks.stream().filter(FeatureCheck::matched).count();
  }

  /**
   * The share of features that matched.
   *
   * @return {@code matches() / checks().size()}, in {@code [0, 1]}
   */
  public double score() {
    return (double) matches() / checks.size();
  }

  /**
   * The features that matched the signature.
   *
   * @return the matching features, in check order
   */
  public List<CauseFeature> matched() {
    return checks.stream().filter(FeatureCheck::matched).map(FeatureCheck::feature)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The features that did not match the signature.
   *
   * @return the mismatching features, in check order
   */
  public List<CauseFeature> mismatched() {
    return checks.stream().filter(c -> !c.matched()).map(FeatureCheck::feature)
        .collect(Collectors.toUnmodifiableList());
  }
}
