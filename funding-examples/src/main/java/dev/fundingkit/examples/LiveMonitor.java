package dev.fundingkit.examples;

import dev.fundingkit.core.live.FundingMonitor;
import dev.fundingkit.core.live.FundingSnapshot;
import dev.fundingkit.core.live.PaymentPreview;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.rate.PositionSide;
import dev.fundingkit.core.venue.FundingConventions;
import dev.fundingkit.core.venue.SymbolTerms;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Live funding state, as a trading system embeds it: one monitor per venue and symbol, fed
 * every premium sample as it arrives (O(1), no allocation), asked at any instant for the
 * predicted rate, the next settlement and what a position would pay there. Here Binance
 * BTCUSDT receives four hours of 5-second samples at a −0.10% premium: the clamp adds back the
 * 0.05% band, so the predicted rate is −0.05% per 8 h and a long of 0.5 BTC at a 60,000 mark
 * would receive 15 USDT at 08:00.
 */
public final class LiveMonitor {

  private LiveMonitor() {}

  /**
   * Feeds the samples and prints the snapshot.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    long start = Instant.parse("2025-10-01T00:00:00Z").toEpochMilli();
    // tag::live-monitor[]
    FundingMonitor btc = FundingMonitor.builder(FundingConventions.BINANCE_USDM,
        SymbolTerms.of(Duration.ofHours(8))).symbol("BTCUSDT").build();
    for (long t = start; t < start + 4 * 3_600_000L; t += 5_000) {
      btc.add(t, -0.001);                           // every 5 s: O(1), no allocation
      btc.addMarkPrice(t, 60_000);                  // the price Binance pays funding at
    }
    FundingSnapshot now = btc.snapshot();
    FundingRate predicted = now.predictedRate().orElseThrow();    // per 8 h
    Instant next = now.nextSettlement();
    Optional<PaymentPreview> longLeg = now.payment(PositionSide.LONG, 0.5);  // 0.5 BTC
    // end::live-monitor[]

    System.out.printf(Locale.ROOT, "Predicted rate        %s  (%d samples, %.0f%% of the window)%n",
        predicted, now.samples(), now.coverage() * 100);
    System.out.printf(Locale.ROOT, "Next settlement       %s  (in %s)%n", next,
        now.timeToNextSettlement());
    PaymentPreview p = longLeg.orElseThrow();
    System.out.printf(Locale.ROOT, "Long 0.5 BTC          %s %.2f USDT at mark %.0f%n",
        p.pays() ? "pays" : "receives", Math.abs(p.cashFlow()), p.price());
  }
}
