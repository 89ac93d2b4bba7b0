package dev.fundingkit.core.live;

import dev.fundingkit.core.premium.PremiumSeries;
import dev.fundingkit.core.schedule.SettlementSchedule;
import dev.fundingkit.core.venue.FundingConvention;
import dev.fundingkit.core.venue.FundingConventions;
import dev.fundingkit.core.venue.FundingRuleVersion;
import dev.fundingkit.core.venue.PredictedRate;
import dev.fundingkit.core.venue.SymbolTerms;
import dev.fundingkit.core.venue.UnknownFundingRuleException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Test cases for the monitor-versus-batch laws: one per venue, rule version and interval,
 * each with a settlement {@code T} under that version, and random sample sets.
 */
final class BatchCases {

  /** One venue, rule version and interval, with the settlement judged. */
  record Case(FundingConvention convention, FundingRuleVersion rule, SymbolTerms terms,
      Instant end,
      boolean computes) {

    Duration interval() {
      return terms.interval();
    }

    @Override
    public String toString() {
      return convention.id() + " from " + rule.effectiveFrom() + " " + terms + " T=" + end;
    }
  }

  private static final List<Duration> INTERVALS =
      List.of(Duration.ofHours(8), Duration.ofHours(4), Duration.ofHours(1));

  private BatchCases() {}

  /** Every venue × rule version × interval, each at a settlement two intervals into it. */
  static List<Case> all() {
    List<Case> cases = new ArrayList<>();
    for (FundingConvention c : FundingConventions.all()) {
      List<FundingRuleVersion> rules = c.versions();
      for (int i = 0; i < rules.size(); i++) {
        FundingRuleVersion rule = rules.get(i);
        Instant from = rule.effectiveFrom().plus(Duration.ofDays(2));
        Instant until = i + 1 < rules.size() ? rules.get(i + 1).effectiveFrom() : Instant.MAX;
        for (Duration n : INTERVALS) {
          SettlementSchedule grid;
          try {
            grid = c.versionAt(from).scheduleFor(n);
          } catch (UnknownFundingRuleException | IllegalArgumentException noGrid) {
            grid = SettlementSchedule.of(n);
          }
          Instant end = grid.atOrAfter(from);
          if (!end.isBefore(until)) {
            continue;
          }
          SymbolTerms terms = SymbolTerms.of(n);
          cases.add(new Case(c, rule, terms, end, computes(c, terms, end)));
        }
      }
    }
    return cases;
  }

  static List<Case> computing() {
    List<Case> out = new ArrayList<>();
    for (Case c : all()) {
      if (c.computes()) {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean computes(FundingConvention c, SymbolTerms terms, Instant end) {
    long t = end.toEpochMilli();
    try {
      PredictedRate.of(c, terms, PremiumSeries.of(end.minusSeconds(1), end.plusSeconds(1),
          new long[] {t}, new double[] {0.0001}), end, end);
      return true;
    } catch (UnknownFundingRuleException e) {
      return false;
    }
  }

  /** Random samples over {@code (T − 2N, T]}: random gaps, premiums, zeros and ties. */
  static long[] times(Case c, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long n = c.interval().toMillis();
    long end = c.end().toEpochMilli();
    long[] gaps = {200, 1_000, 5_000, 20_000, 60_000, 300_000};
    long meanGap = Math.max(gaps[r.nextInt(gaps.length)], n / 3000);
    List<Long> list = new ArrayList<>();
    long t = end - 2 * n + (r.nextBoolean() ? 0 : 1 + r.nextLong(meanGap));
    while (t <= end) {
      list.add(t);
      t += 1 + r.nextLong(2 * meanGap);
    }
    if (r.nextBoolean() && list.get(list.size() - 1) != end) {
      list.add(end);
    }
    long[] out = new long[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = list.get(i);
    }
    return out;
  }

  static double[] premiums(int count, long seed) {
    SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
    double scale = new double[] {1e-5, 1e-4, 1e-3, 2e-2}[r.nextInt(4)];
    double[] out = new double[count];
    for (int i = 0; i < count; i++) {
      int kind = r.nextInt(10);
      out[i] = kind == 0 ? 0.0 : kind == 1 && i > 0 ? out[i - 1]
          : (r.nextDouble() * 2 - 1) * scale;
    }
    return out;
  }

  /** The batch prediction at {@code asOf} over the samples up to it. */
  static PredictedRate batch(Case c, long[] times, double[] premiums, Instant asOf) {
    return PredictedRate.of(c.convention(), c.terms(), PremiumSeries.of(
        Instant.ofEpochMilli(times[0]), c.end().plusMillis(1), times, premiums), c.end(), asOf);
  }
}
