package dev.fundingkit.core.venue;

import java.util.Objects;

/**
 * A venue's funding rule is not known for the instant or the part asked for: an instant before
 * the earliest rule on record, or a part (interest, averaging, cap rule, …) that the venue has
 * not published in any source found. The message says exactly what is missing.
 *
 * <p>It is its own unchecked exception, not an {@link IllegalStateException} (which in this
 * library means "the data cannot support an answer"): the caller's arguments are well formed,
 * what is lacking is the library's knowledge of the venue. Command-line front ends report it as
 * bad input (exit status 2) with its message.
 */
public class UnknownFundingRuleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The venue id. */
  private final String venueId;

  /** What is missing, in words. */
  private final String missing;

  /**
   * Creates the exception.
   *
   * @param venueId the venue's id, such as {@code htx}
   * @param missing what is not known, such as
   *     {@code "interest component of the rule in force from 2024-01-08T08:00:00Z"}
   * @throws NullPointerException if an argument is null
   */
  public UnknownFundingRuleException(String venueId, String missing) {
    super(Objects.requireNonNull(venueId, "venueId") + ": "
        + Objects.requireNonNull(missing, "missing"));
    this.venueId = venueId;
    this.missing = missing;
  }

  /**
   * The venue whose rule is not known.
   *
   * @return the venue id
   */
  public String venueId() {
    return venueId;
  }

  /**
   * What is missing, without the venue id.
   *
   * @return the description
   */
  public String missing() {
    return missing;
  }
}
