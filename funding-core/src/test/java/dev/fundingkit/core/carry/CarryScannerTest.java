package dev.fundingkit.core.carry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.rate.AnnualizationBasis;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CarryScannerTest {

  private static final Duration H8 = Duration.ofHours(8);
  private static final Duration H1 = Duration.ofHours(1);
  private static final CarryScanner SCANNER = CarryScanner.defaults();

  private static CarryCandidate candidate(String asset, String rate, double borrow) {
    return CarryCandidate.of(asset, FundingRate.parse(rate), borrow);
  }

  @Test
  void ranksByNetYield_andFlagsTheDomainThresholds() {
    List<ScanRow> rows = SCANNER.scan(List.of(
        candidate("ETH", "-0.005%/8h", 0.08),
        candidate("BTC", "-0.03%/8h", 0.08),
        candidate("SOL", "-0.004%/1h", 0.20),
        candidate("DOGE", "0.01%/8h", 0)));
    assertEquals(List.of("BTC", "SOL", "DOGE", "ETH"),
        rows.stream().map(ScanRow::asset).toList());
    ScanRow btc = rows.get(0);
    assertEquals(0.3285, btc.fundingYield(), 1e-12);
    assertEquals(0.08, btc.borrowCost(), 0);
    assertEquals(0.2485, btc.netYield(), 1e-12);
    assertEquals(Set.of(ScanFlag.RATE_BELOW_THRESHOLD, ScanFlag.NET_YIELD_ABOVE_THRESHOLD),
        btc.flags());
    assertEquals(true, btc.alert());
    // SOL: -0.004%/1h is -0.032%/8h (below -0.02%), 0.3504 - 0.20 = 0.1504 net
    ScanRow sol = rows.get(1);
    assertEquals(0.1504, sol.netYield(), 1e-12);
    assertEquals(true, sol.alert());
    ScanRow doge = rows.get(2);
    assertEquals(CarrySide.FORWARD, doge.economics().side());
    assertEquals(Set.of(ScanFlag.NET_YIELD_ABOVE_THRESHOLD), doge.flags());
    assertEquals(false, doge.alert());
    assertEquals(Set.of(), rows.get(3).flags());
    assertEquals(FundingRate.parse("-0.005%/8h"), rows.get(3).rate());
  }

  @Test
  void thresholdsAreConfigurable_andStrict() {
    // exactly at the rate threshold (not below), net 0.219 - 0.1 = 0.119 (above 10%)
    List<CarryCandidate> one = List.of(candidate("BTC", "-0.02%/8h", 0.1));
    assertEquals(Set.of(ScanFlag.NET_YIELD_ABOVE_THRESHOLD), SCANNER.scan(one).get(0).flags());
    CarryScanner strict = SCANNER.withRateThreshold(FundingRate.parse("-0.0025%/1h"))
        .withNetYieldThreshold(0.2);
    assertEquals(Set.of(), strict.scan(one).get(0).flags());
    CarryScanner loose = SCANNER.withRateThreshold(FundingRate.parse("-0.01%/8h"));
    assertEquals(Set.of(ScanFlag.RATE_BELOW_THRESHOLD, ScanFlag.NET_YIELD_ABOVE_THRESHOLD),
        loose.scan(one).get(0).flags());
    assertEquals(AnnualizationBasis.COMPOUND,
        SCANNER.withBasis(AnnualizationBasis.COMPOUND).scan(one).get(0).economics().trade()
            .basis());
  }

  @Test
  void ties_areBrokenByAssetName() {
    List<ScanRow> rows = SCANNER.scan(List.of(
        candidate("b", "-0.01%/8h", 0.05), candidate("a", "-0.01%/8h", 0.05)));
    assertEquals(List.of("a", "b"), rows.stream().map(ScanRow::asset).toList());
  }

  @Test
  void badInput_namesParameterAndValue() {
    assertEquals("candidates must hold one row per asset, 'BTC' appears twice",
        assertThrows(IllegalArgumentException.class, () -> SCANNER.scan(List.of(
            candidate("BTC", "-0.01%/8h", 0), candidate("BTC", "-0.02%/8h", 0)))).getMessage());
    assertEquals("netYieldThreshold must be finite, was NaN", assertThrows(
        IllegalArgumentException.class, () -> SCANNER.withNetYieldThreshold(Double.NaN))
        .getMessage());
    List<CarryCandidate> withNull = new ArrayList<>();
    withNull.add(null);
    assertThrows(NullPointerException.class, () -> SCANNER.scan(withNull));
    assertEquals(List.of(), SCANNER.scan(List.of()));
  }

  @Test
  void nullsAndEquality() {
    NullPointerTester npt = new NullPointerTester()
        .setDefault(FundingRate.class, FundingRate.of(-0.0002, H8));
    npt.testAllPublicStaticMethods(CarryScanner.class);
    npt.testAllPublicInstanceMethods(SCANNER);
    new EqualsTester()
        .addEqualityGroup(SCANNER, CarryScanner.defaults().withNetYieldThreshold(0.1))
        .addEqualityGroup(SCANNER.withNetYieldThreshold(0.2))
        .addEqualityGroup(SCANNER.withRateThreshold(FundingRate.of(-0.0002, H1)))
        .addEqualityGroup(SCANNER.withBasis(AnnualizationBasis.COMPOUND))
        .testEquals();
    assertEquals(CarryScanner.DEFAULT_RATE_THRESHOLD, SCANNER.rateThreshold());
    assertEquals(0.1, SCANNER.netYieldThreshold(), 0);
    assertEquals(AnnualizationBasis.SIMPLE, SCANNER.basis());
    assertEquals("CarryScanner[rate below -0.02%/8h, net yield above 0.1, SIMPLE]",
        SCANNER.toString());
  }

  @Test
  void law_ranking_isIndependentOfInputOrder_andSortedByNetYield() {
    qt().withFixedSeed(20261122L).withExamples(300)
        .forAll(longs().all())
        .check(seed -> {
          SplittableRandom rnd = new SplittableRandom(seed);
          List<CarryCandidate> cs = new ArrayList<>();
          int n = 1 + rnd.nextInt(20);
          for (int i = 0; i < n; i++) {
            Duration interval = rnd.nextBoolean() ? H8 : H1;
            // Coarse values so that ties happen and the tie-break is exercised.
            double rate = (rnd.nextInt(9) - 6) * 1e-5;
            cs.add(CarryCandidate.of("A" + rnd.nextInt(1000) + "-" + i,
                FundingRate.of(rate, interval), rnd.nextInt(4) * 0.05));
          }
          List<ScanRow> rows = SCANNER.scan(cs);
          List<CarryCandidate> shuffled = new ArrayList<>(cs);
          Collections.shuffle(shuffled, new java.util.Random(seed));
          boolean sorted = true;
          for (int i = 1; i < rows.size(); i++) {
            sorted &= rows.get(i - 1).netYield() >= rows.get(i).netYield();
          }
          return sorted && rows.equals(SCANNER.scan(shuffled)) && rows.size() == n;
        });
  }
}
