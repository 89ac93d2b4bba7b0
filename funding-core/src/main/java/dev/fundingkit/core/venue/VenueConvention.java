package dev.fundingkit.core.venue;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A convention declared as data: an id, a name and rule versions in effective order. */
final class VenueConvention implements FundingConvention {

  private final String id;
  private final String name;
  private final List<FundingRuleVersion> rules;

  VenueConvention(String id, String name, List<FundingRuleVersion> rules) {
    this.id = Objects.requireNonNull(id, "id");
    this.name = Objects.requireNonNull(name, "name");
    this.rules = List.copyOf(rules);
    if (this.rules.isEmpty()) {
      throw new IllegalArgumentException("rules must not be empty for " + id);
    }
    for (int i = 0; i < this.rules.size(); i++) {
      FundingRuleVersion rule = this.rules.get(i);
      if (!rule.venueId().equals(id)) {
        throw new IllegalArgumentException(
            "rules[" + i + "] must belong to " + id + ", was " + rule.venueId());
      }
      if (i > 0 && !rule.effectiveFrom().isAfter(this.rules.get(i - 1).effectiveFrom())) {
        throw new IllegalArgumentException("rules must have strictly increasing effective"
            + " instants, but rules[" + i + "] starts " + rule.effectiveFrom());
      }
    }
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<FundingRuleVersion> versions() {
    return rules;
  }

  @Override
  public FundingRuleVersion versionAt(Instant at) {
    Objects.requireNonNull(at, "at");
    for (int i = rules.size() - 1; i >= 0; i--) {
      if (!rules.get(i).effectiveFrom().isAfter(at)) {
        return rules.get(i);
      }
    }
    throw new UnknownFundingRuleException(id, "no funding rule known at " + at
        + "; the earliest rule on record is in force from " + rules.get(0).effectiveFrom());
  }

  @Override
  public String toString() {
    return id;
  }
}
