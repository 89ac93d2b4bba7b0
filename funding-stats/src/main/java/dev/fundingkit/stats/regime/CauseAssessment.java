package dev.fundingkit.stats.regime;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The verdict on the cause of a negative-funding episode, with the evidence behind it: every
 * signature's score, feature by feature, and the reason in words.
 *
 * <p>Immutable and thread-safe.
 *
 * @param cause the cause, {@link NegativeFundingCause#UNCLASSIFIED} when signatures conflict or
 *     none fits
 * @param scores every signature's score, best first (copied)
 * @param reason why, such as {@code "HEDGING_DEMAND matches 4 of 4 features; next
 *     SPOT_PREMIUM 3 of 4"}
 */
public record CauseAssessment(
    NegativeFundingCause cause, List<CauseScore> scores, String reason) implements java.io.Serializable {

  /**
   * Validates the assessment.
   *
   * @param cause the cause
   * @param scores every signature's score, best first
   * @param reason why, not blank
   * @throws NullPointerException if an argument or a score is null
   * @throws IllegalArgumentException if {@code reason} is blank
   */
  public CauseAssessment {
    Objects.requireNonNull(cause, "cause");
    scores = List.copyOf(Objects.requireNonNull(scores, "scores"));
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("reason must not be blank, was '" + reason + "'");
    }
  }

  /**
   * Whether a cause was identified.
   *
   * @return {@code cause() != UNCLASSIFIED}
   */
  public boolean isClassified() {
    return cause != NegativeFundingCause.UNCLASSIFIED;
  }

  /**
   * The score of one cause's signature.
   *
   * @param candidate the cause
   * @return its score, or empty if it had no signature
   * @throws NullPointerException if {@code candidate} is null
   */
  public Optional<CauseScore> scoreOf(NegativeFundingCause candidate) {
    Objects.requireNonNull(candidate, "candidate");
    return scores.stream().filter(s -> s.cause() == candidate).findFirst();
  }
}
