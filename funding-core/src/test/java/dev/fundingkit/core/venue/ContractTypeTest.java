package dev.fundingkit.core.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

class ContractTypeTest {

  private static final long SEED = 20261122L;

  @Test
  void linearIsQuoteValue_inverseIsCoinValue() {
    assertEquals(30_000.0, ContractType.LINEAR.positionValue(3, 0.1, 100_000), 1e-9);
    // Binance COIN-M BTC: 100 USD per contract, 50 contracts at 50,000 → 0.1 BTC.
    assertEquals(0.1, ContractType.INVERSE.positionValue(50, 100, 50_000), 1e-15);
  }

  @Test
  void badInput_namesParameterAndValue() {
    assertEquals("price must be > 0, was 0.0", assertThrows(IllegalArgumentException.class,
        () -> ContractType.INVERSE.positionValue(1, 1, 0)).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> ContractType.LINEAR.positionValue(-1, 1, 1));
    assertThrows(IllegalArgumentException.class,
        () -> ContractType.LINEAR.positionValue(1, Double.NaN, 1));
  }

  @Test
  void law_inverseValueAtThePriceIsTheFaceValue_linearValueOverThePriceIsTheCoins() {
    qt().withFixedSeed(SEED).forAll(doubles().between(0, 1e4), doubles().between(0.01, 1e5))
        .check((contracts, price) -> {
          double face = contracts * 100;
          double inverse = ContractType.INVERSE.positionValue(contracts, 100, price);
          double linear = ContractType.LINEAR.positionValue(contracts, 0.001, price);
          return Math.abs(inverse * price - face) <= 1e-9 * Math.max(1, face)
              && Math.abs(linear / price - contracts * 0.001) <= 1e-12 * Math.max(1, contracts);
        });
  }

  @Test
  void aMinusZeroPosition_isValuedAtPositiveZero() {
    // assertEquals on doubles compares bits: −0.0 contracts are worth +0.0, on either type.
    assertEquals(0.0, ContractType.LINEAR.positionValue(-0.0, 1, 100));
    assertEquals(0.0, ContractType.INVERSE.positionValue(-0.0, 1, 100));
  }
}
