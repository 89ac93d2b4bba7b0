package dev.fundingkit.core.live;

import dev.fundingkit.core.aggregate.AggregatedFunding;
import dev.fundingkit.core.aggregate.ExclusionReason;
import dev.fundingkit.core.aggregate.VenueExclusion;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The cross-venue view at one instant: the aggregate of the venues' predicted rates on the
 * common interval, when at least one venue contributes, every excluded venue with its reason,
 * and each venue's own snapshot. A computed result of
 * {@link CrossVenueMonitor#snapshotAt(Instant)}. Immutable and thread-safe.
 */
public final class CrossVenueSnapshot {

  private final Instant at;
  private final AggregatedFunding aggregate;
  private final List<VenueExclusion> exclusions;
  private final List<FundingSnapshot> venues;

  CrossVenueSnapshot(Instant at, AggregatedFunding aggregate, List<VenueExclusion> exclusions,
      List<FundingSnapshot> venues) {
    this.at = at;
    this.aggregate = aggregate;
    this.exclusions = List.copyOf(exclusions);
    this.venues = List.copyOf(venues);
  }

  /**
   * The aggregation instant.
   *
   * @return the instant
   */
  public Instant at() {
    return at;
  }

  /**
   * The aggregate, with each contributing venue's weight and normalised rate.
   *
   * @return the aggregate, or empty when no venue contributes
   */
  public Optional<AggregatedFunding> aggregate() {
    return Optional.ofNullable(aggregate);
  }

  /**
   * Every venue left out, by venue id, with the reason and figures.
   *
   * @return an unmodifiable list
   */
  public List<VenueExclusion> exclusions() {
    return exclusions;
  }

  /**
   * The ids of the venues left out because their feed is older than the rule's maximum age.
   *
   * @return an unmodifiable list, sorted
   */
  public List<String> staleVenues() {
    return exclusions.stream().filter(e -> e.reason() == ExclusionReason.STALE)
        .map(VenueExclusion::venue).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Each venue's snapshot, in the monitors' order.
   *
   * @return an unmodifiable list
   */
  public List<FundingSnapshot> venues() {
    return venues;
  }

  /** Such as {@code CrossVenueSnapshot[… 0.01%/8h, excluded [okx STALE (…)]]}. */
  @Override
  public String toString() {
    return "CrossVenueSnapshot[" + at + " " + (aggregate == null ? "no aggregate"
        : aggregate.rate().toString()) + ", excluded " + exclusions + "]";
  }
}
