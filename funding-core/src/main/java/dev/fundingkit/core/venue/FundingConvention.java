package dev.fundingkit.core.venue;

import dev.fundingkit.core.formula.FundingBreakdown;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A venue's funding convention: its rule versions by effective instant. Look one up with
 * {@link #of(String)} or use the constants in {@link FundingConventions}.
 *
 * <pre>{@code
 * FundingConvention binance = FundingConvention.of("binance-usdm");
 * FundingRuleVersion rule = binance.versionAt(Instant.parse("2025-10-01T00:00:00Z"));
 * FundingBreakdown b = rule.rate(-0.00357, SymbolTerms.of(Duration.ofHours(4)));
 * b.rate();      // -0.1535%/4h
 * b.published(); // "-0.00153500"
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface FundingConvention {

  /**
   * The convention with an id, such as {@code binance-usdm}.
   *
   * @param id the venue id (case-insensitive, surrounding blanks ignored)
   * @return the convention
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException naming the known ids if none matches
   */
  static FundingConvention of(String id) {
    Objects.requireNonNull(id, "id");
    return FundingConventions.byId(id);
  }

  /**
   * A convention declared from rule versions: what a user's own venue, or a rules file, turns
   * into. Register it with {@link FundingConventions#register(FundingConvention)} to make it
   * available by id.
   *
   * @param id the venue id, lower case, such as {@code aster}
   * @param name the display name
   * @param versions the rule versions, all of venue {@code id}, with strictly increasing
   *     effective instants
   * @return the convention
   * @throws NullPointerException if an argument or a version is null
   * @throws IllegalArgumentException if {@code versions} is empty, a version belongs to another
   *     venue or the effective instants do not increase
   */
  static FundingConvention define(String id, String name, List<FundingRuleVersion> versions) {
    return new VenueConvention(id, name, versions);
  }

  /**
   * The venue id used on the command line and in data files.
   *
   * @return the id, such as {@code binance-usdm}
   */
  String id();

  /**
   * The venue's display name.
   *
   * @return the name, such as {@code Binance USDⓈ-M}
   */
  String name();

  /**
   * Every known rule version, earliest first.
   *
   * @return an unmodifiable, non-empty list with strictly increasing effective instants
   */
  List<FundingRuleVersion> versions();

  /**
   * The rule version in force at an instant: the latest version whose effective instant is at
   * or before {@code at}. It holds everything the venue decides at {@code at}: formula parts,
   * averaging, settlement mechanics, schedule anchor, dynamic interval rules and provenance.
   *
   * @param at the instant, such as a settlement time
   * @return the rule version
   * @throws NullPointerException if {@code at} is null
   * @throws UnknownFundingRuleException if {@code at} is before the earliest known rule
   */
  FundingRuleVersion versionAt(Instant at);

  /**
   * The latest rule version (what {@code --at} defaults to on the command line).
   *
   * @return the latest rule version
   */
  default FundingRuleVersion latestVersion() {
    List<FundingRuleVersion> rules = versions();
    return rules.get(rules.size() - 1);
  }

  /**
   * The interval a symbol settles on by default under the latest rule.
   *
   * @return the default interval
   */
  default Duration defaultInterval() {
    return latestVersion().defaultInterval();
  }

  /**
   * The rate under the rule in force at an instant: {@code versionAt(at).rate(premium, terms)}.
   *
   * @param at the instant whose rule applies
   * @param averagePremium the interval's average premium, a finite fraction
   * @param terms the symbol's terms
   * @return the breakdown
   * @throws NullPointerException if {@code at} or {@code terms} is null
   * @throws IllegalArgumentException if {@code averagePremium} is NaN or infinite
   * @throws UnknownFundingRuleException if the rule, or a part it needs, is not known
   */
  default FundingBreakdown rate(Instant at, double averagePremium, SymbolTerms terms) {
    return versionAt(at).rate(averagePremium, terms);
  }
}
