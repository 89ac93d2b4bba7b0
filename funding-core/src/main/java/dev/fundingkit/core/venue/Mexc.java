package dev.fundingkit.core.venue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** MEXC perpetuals: the data behind {@link FundingConventions#MEXC}. */
final class Mexc {

  static final String ID = "mexc";

  static final FundingRuleVersion RULE = FundingRuleVersion.builder(ID,
          Instant.parse("2021-01-01T00:00:00Z"))
      .formula("formula parts not published; settles every 8 h at 00:00, 08:00, 16:00 UTC")
      .inferredFromData("supervik-multivenue mexc BTC_USDT/ETH_USDT 2021-01-01..2023-12-31:"
          + " 3,285 settlements each, all at 00/08/16 UTC")
      .gaps("no MEXC document with the formula was found; third-party copies disagree"
          + " ('I + clamp(P, ±0.05%)' and 'clamp(P × I, ±0.05%)'), and the data's most common"
          + " values (0.0001, 0.00015 and 0.00005, each hundreds of times) fit neither a single"
          + " calm value nor a clamp dead zone")
      .defaultInterval(Duration.ofHours(8))
      .build();

  static final FundingConvention CONVENTION = new VenueConvention(ID, "MEXC", List.of(RULE));

  private Mexc() {}
}
