package dev.fundingkit.core.venue;

import dev.fundingkit.core.ArgChecks;

/**
 * How a contract's size turns into the position value funding is charged on.
 *
 * <p>Linear (USDT- or USDC-margined) contracts are worth {@code contracts × multiplier ×
 * price} in the quote currency; inverse (coin-margined) contracts are worth
 * {@code contracts × multiplier / price} in the coin, the multiplier being the contract's face
 * value in quote currency (100 USD for Binance COIN-M BTC, 1 USD for BitMEX XBTUSD).
 */
public enum ContractType {

  /** Value in quote currency: {@code contracts × multiplier × price}. */
  LINEAR {
    @Override
    double value(double contracts, double multiplier, double price) {
      return contracts * multiplier * price;
    }
  },

  /** Value in coin: {@code contracts × multiplier / price}. */
  INVERSE {
    @Override
    double value(double contracts, double multiplier, double price) {
      return contracts * multiplier / price;
    }
  };

  abstract double value(double contracts, double multiplier, double price);

  /**
   * The position value funding is charged on.
   *
   * @param contracts the number of contracts held, zero or more (the side is separate)
   * @param multiplier the contract multiplier (linear: coin per contract; inverse: quote
   *     currency per contract), positive
   * @param price the payment price (mark, oracle or index as the venue says), positive
   * @return the value, in quote currency for linear and in coin for inverse contracts
   * @throws IllegalArgumentException if an argument is NaN, infinite or out of range
   */
  public double positionValue(double contracts, double multiplier, double price) {
    ArgChecks.nonNegative("contracts", contracts);
    ArgChecks.positive("multiplier", multiplier);
    ArgChecks.positive("price", price);
    return value(contracts, multiplier, price) + 0.0;
  }
}
