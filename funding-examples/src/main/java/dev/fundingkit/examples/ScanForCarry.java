package dev.fundingkit.examples;

import dev.fundingkit.core.carry.CarryCandidate;
import dev.fundingkit.core.carry.CarryScanner;
import dev.fundingkit.core.carry.ScanRow;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Which assets pay enough negative funding to farm? A reverse cash-and-carry (long the perp,
 * short borrowed spot) earns the funding's annual yield minus the spot borrow rate, so a deep
 * rate is worthless if borrowing is dear, and the same rate on an hourly venue is eight times
 * the money of an 8-hourly one. This example ranks five assets by net yield with the domain's
 * alerts (rate below −0.02% per 8 h and net yield above 10% a year), and checks whether each
 * carry would still pay if borrow tripled. BTC shows the brief's figure: −0.03%/8h less 8%
 * borrow nets 24.85% a year.
 */
public final class ScanForCarry {

  private ScanForCarry() {}

  /**
   * Prints the ranked scan.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Duration h8 = Duration.ofHours(8);
    // tag::scan[]
    List<CarryCandidate> candidates = List.of(              // asset, funding, borrow a year
        CarryCandidate.of("BTC", FundingRate.ofPercent(-0.03, h8), 0.08),
        CarryCandidate.of("ETH", FundingRate.ofPercent(-0.005, h8), 0.08),
        CarryCandidate.of("SOL", FundingRate.ofPercent(-0.00375, Duration.ofHours(1)), 0.12),
        CarryCandidate.of("DOGE", FundingRate.ofPercent(-0.08, h8), 0.40),
        CarryCandidate.of("XRP", FundingRate.ofPercent(0.01, h8), 0.05)); // forward carry
    List<ScanRow> rows = CarryScanner.defaults().scan(candidates);         // best net first
    // end::scan[]

    System.out.println("asset  side     rate          funding  borrow      net  3x borrow  alerts");
    for (ScanRow row : rows) {
      System.out.printf(Locale.ROOT, "%-6s %-8s %-13s %7.2f%% %6.1f%% %7.2f%%  %-9s  %s%n",
          row.asset(), row.economics().side(), row.rate(), row.fundingYield() * 100,
          row.borrowCost() * 100, row.netYield() * 100,
          row.economics().paysUnderBorrowStress() ? "pays" : "loses",
          row.alert() ? "ALERT" : row.flags().isEmpty() ? "-" : row.flags());
    }
  }
}
