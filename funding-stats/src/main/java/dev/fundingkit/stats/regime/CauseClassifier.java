package dev.fundingkit.stats.regime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Names the likely cause of a negative-funding episode by scoring it against cause signatures
 * (by default {@link CauseSignatures#ALL}).
 *
 * <p>Rule: each signature scores the number of features (rate, OI change, price change,
 * duration) whose band contains the episode's value. The cause with the highest score wins if
 * it scores at least {@code minMatches} (3 of 4 by default: one feature may disagree, as real
 * episodes rarely fit a textbook row) and no other cause scores the same; otherwise the verdict
 * is {@link NegativeFundingCause#UNCLASSIFIED}, because the signatures conflict (a tie at the
 * top) or none fits. The assessment carries every score, so the caller sees which features
 * matched.
 *
 * <p>Immutable and thread-safe.
 */
public final class CauseClassifier {

  /** The default least number of features the winning signature must match: 3. */
  public static final int DEFAULT_MIN_MATCHES = 3;

  private static final CauseClassifier DEFAULTS =
      new CauseClassifier(CauseSignatures.ALL, DEFAULT_MIN_MATCHES);

  private final List<CauseSignature> signatures;
  private final int minMatches;

  private CauseClassifier(List<CauseSignature> signatures, int minMatches) {
    this.signatures = signatures;
    this.minMatches = minMatches;
  }

  /**
   * A classifier over the given signatures.
   *
   * @param signatures at least one signature, at most one per cause
   * @param minMatches the least number of matching features to name a cause, in
   *     {@code [1, 4]}
   * @return the classifier
   * @throws NullPointerException if {@code signatures} or an element is null
   * @throws IllegalArgumentException if the list is empty, repeats a cause, or
   *     {@code minMatches} is out of range
   */
  public static CauseClassifier of(List<CauseSignature> signatures, int minMatches) {
    List<CauseSignature> copy = List.copyOf(Objects.requireNonNull(signatures, "signatures"));
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("signatures must not be empty, was " + copy);
    }
    Set<NegativeFundingCause> seen = EnumSet.noneOf(NegativeFundingCause.class);
    for (CauseSignature s : copy) {
      if (!seen.add(s.cause())) {
        throw new IllegalArgumentException(
            "signatures must have one per cause, but " + s.cause() + " repeats");
      }
    }
    int features = CauseFeature.values().length;
    if (minMatches < 1 || minMatches > features) {
      throw new IllegalArgumentException(
          "minMatches must be in [1, " + features + "], was " + minMatches);
    }
    return new CauseClassifier(copy, minMatches);
  }

  /**
   * The standard signatures, 3 of 4 features to match.
   *
   * @return the default classifier
   */
  public static CauseClassifier defaults() {
    return DEFAULTS;
  }

  /**
   * The signatures scored.
   *
   * @return the signatures, unmodifiable
   */
  public List<CauseSignature> signatures() {
    return signatures;
  }

  /**
   * The least number of features the winner must match.
   *
   * @return the minimum
   */
  public int minMatches() {
    return minMatches;
  }

  /**
   * The likely cause of an episode, with the evidence.
   *
   * @param facts the episode's rate level, OI change, price change and duration
   * @return the assessment; {@code UNCLASSIFIED} on a tie at the top or a best score below
   *     {@link #minMatches()}
   * @throws NullPointerException if {@code facts} is null
   */
  public CauseAssessment classify(EpisodeFacts facts) {
    Objects.requireNonNull(facts, "facts");
    List<CauseScore> scores = new ArrayList<>();
    for (CauseSignature signature : signatures) {
      scores.add(signature.score(facts));
    }
    scores.sort(Comparator.comparingInt(CauseScore::matches).reversed());
    int total = CauseFeature.values().length;
    int best = scores.get(0).matches();
    List<NegativeFundingCause> top = scores.stream().filter(s -> s.matches() == best)
        .map(CauseScore::cause).collect(Collectors.toList());
    if (best < minMatches) {
      return new CauseAssessment(NegativeFundingCause.UNCLASSIFIED, scores,
          "no signature fits: best " + top + " match " + best + " of " + total
              + " features, " + minMatches + " needed");
    }
    if (top.size() > 1) {
      return new CauseAssessment(NegativeFundingCause.UNCLASSIFIED, scores,
          "signatures conflict: " + top + " each match " + best + " of " + total + " features");
    }
    String next = scores.size() < 2 ? ""
        : "; next " + scores.get(1).cause() + " " + scores.get(1).matches() + " of " + total;
    return new CauseAssessment(top.get(0), scores,
        top.get(0) + " matches " + best + " of " + total + " features" + next);
  }

  @Override
  public String toString() {
    return "CauseClassifier[" + signatures.size() + " signatures, minMatches=" + minMatches + "]";
  }
}
