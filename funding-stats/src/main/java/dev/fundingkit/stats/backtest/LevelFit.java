package dev.fundingkit.stats.backtest;

import dev.fundingkit.core.series.FundingSeries;
import java.util.Optional;

/**
 * Fits a carry signal's levels on a training series: the one thing a {@link CarryBacktest}
 * needs from a model. Wire any estimator in one lambda, such as OU levels
 * {@code μ ∓ k·sd} from {@code OuFitter} and {@code SignalLevels}.
 */
@FunctionalInterface
public interface LevelFit {

  /**
   * The levels fitted on the training series.
   *
   * @param training the settlements the levels may learn from (never any later one)
   * @return the levels, or empty when the training data cannot support them (too short, flat,
   *     not mean-reverting): the backtest then stays flat until the next refit
   */
  Optional<CarryLevels> fit(FundingSeries training);
}
