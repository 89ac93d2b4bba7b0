package dev.fundingkit.core.live;

import dev.fundingkit.core.aggregate.AggregatedFunding;
import dev.fundingkit.core.aggregate.AggregationRule;
import dev.fundingkit.core.aggregate.ExclusionReason;
import dev.fundingkit.core.aggregate.VenueExclusion;
import dev.fundingkit.core.aggregate.VenueReading;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The live cross-venue view of one asset: the predicted rate of each venue's
 * {@link FundingMonitor}, normalised to the rule's common interval and aggregated by an
 * {@link AggregationRule}, with stale venues (no sample for longer than the rule's maximum age)
 * and venues without a prediction excluded and listed.
 *
 * <p>Each monitor gives one {@link VenueReading}: its predicted rate, observed at its latest
 * sample, weighted by the open interest it was given ({@link FundingMonitor#addOpenInterest});
 * the view gives no volume, so {@code Weighting.VOLUME} excludes every venue as zero-weight. A
 * monitor whose window holds no sample is {@link ExclusionReason#MISSING}.
 *
 * <p>Reads the monitors, so it is confined to their thread, like them. The result is
 * immutable.
 */
public final class CrossVenueMonitor {

  private final AggregationRule rule;
  private final List<FundingMonitor> monitors;

  private CrossVenueMonitor(AggregationRule rule, List<FundingMonitor> monitors) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.monitors = List.copyOf(monitors);
    Set<String> seen = new HashSet<>();
    for (FundingMonitor m : this.monitors) {
      if (!seen.add(m.venueId())) {
        throw new IllegalArgumentException(
            "monitors must hold one monitor per venue, '" + m.venueId() + "' appears twice");
      }
    }
  }

  /**
   * A view over monitors of one asset, one per venue.
   *
   * @param rule how to aggregate (weighting, common interval, maximum age)
   * @param monitors the venues' monitors
   * @return the view
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if two monitors are for the same venue
   */
  public static CrossVenueMonitor of(AggregationRule rule, List<FundingMonitor> monitors) {
    Objects.requireNonNull(monitors, "monitors");
    return new CrossVenueMonitor(rule, monitors);
  }

  /**
   * The monitors.
   *
   * @return an unmodifiable list
   */
  public List<FundingMonitor> monitors() {
    return monitors;
  }

  /**
   * The aggregation rule.
   *
   * @return the rule
   */
  public AggregationRule rule() {
    return rule;
  }

  /**
   * The aggregate at an instant. Never throws for want of data: when no venue contributes,
   * the result has no aggregate and lists every exclusion.
   *
   * @param at the aggregation instant
   * @return the result
   * @throws NullPointerException if {@code at} is null
   */
  public CrossVenueSnapshot snapshotAt(Instant at) {
    Objects.requireNonNull(at, "at");
    List<FundingSnapshot> snapshots = new ArrayList<>(monitors.size());
    List<VenueReading> readings = new ArrayList<>(monitors.size());
    Set<String> expected = new LinkedHashSet<>();
    boolean anyContributes = false;
    for (FundingMonitor m : monitors) {
      FundingSnapshot s = m.snapshot();
      snapshots.add(s);
      expected.add(m.venueId());
      if (!s.isReady()) {
        continue;
      }
      FundingRate rate = s.predicted().get().rate();
      double oi = s.openInterest().orElse(0.0);
      VenueReading r = VenueReading.of(m.venueId(), rate,
          Instant.ofEpochMilli(m.lastSampleTime())).withOpenInterest(oi);
      readings.add(r);
      anyContributes |= exclusion(at, r) == null;
    }
    if (anyContributes) {
      AggregatedFunding aggregate = rule.aggregate(at, readings, expected);
      return new CrossVenueSnapshot(at, aggregate, aggregate.exclusions(), snapshots);
    }
    // AggregationRule throws when nobody contributes; list the reasons here instead.
    List<VenueExclusion> excluded = new ArrayList<>();
    Set<String> read = new HashSet<>();
    for (VenueReading r : readings) {
      read.add(r.venue());
      excluded.add(exclusion(at, r));
    }
    for (String venue : expected) {
      if (!read.contains(venue)) {
        excluded.add(new VenueExclusion(venue, ExclusionReason.MISSING, "no reading"));
      }
    }
    excluded.sort(Comparator.comparing(VenueExclusion::venue));
    return new CrossVenueSnapshot(at, null, excluded, snapshots);
  }

  /** The reason {@link AggregationRule} would exclude a reading, or null if it contributes. */
  private VenueExclusion exclusion(Instant at, VenueReading r) {
    if (r.observedAt().isAfter(at)) {
      return new VenueExclusion(r.venue(), ExclusionReason.FUTURE,
          "observed " + r.observedAt() + " after " + at);
    }
    Duration age = Duration.between(r.observedAt(), at);
    if (age.compareTo(rule.maxAge()) > 0) {
      return new VenueExclusion(r.venue(), ExclusionReason.STALE,
          "age " + age + " > max " + rule.maxAge());
    }
    if (!(rule.weighting().rawWeight(r) > 0)) {
      return new VenueExclusion(r.venue(), ExclusionReason.ZERO_WEIGHT,
          "zero " + rule.weighting().name().toLowerCase(java.util.Locale.ROOT)
              .replace('_', ' '));
    }
    return null;
  }

  /** Such as {@code CrossVenueMonitor[binance-usdm, bybit; AggregationRule[…]]}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("CrossVenueMonitor[");
    for (int i = 0; i < monitors.size(); i++) {
      s.append(i == 0 ? "" : ", ").append(monitors.get(i).venueId());
    }
    return s.append("; ").append(rule).append(']').toString();
  }
}
