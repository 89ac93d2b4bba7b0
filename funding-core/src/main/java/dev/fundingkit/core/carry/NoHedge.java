package dev.fundingkit.core.carry;

import dev.fundingkit.core.ArgChecks;
import java.util.Objects;

/**
 * No hedge: the perpetual leg alone. This is a directional position with funding as a bonus,
 * not a carry: its profit and loss is dominated by price. Costs nothing to hold.
 * Immutable and thread-safe.
 */
public record NoHedge() implements Hedge {

  @Override
  public double annualCost() {
    return 0.0;
  }

  @Override
  public NoHedge stressBorrow(double factor) {
    ArgChecks.nonNegative("factor", factor);
    return this;
  }

  @Override
  public boolean directional() {
    return true;
  }

  @Override
  public String costLabel(CarrySide side) {
    Objects.requireNonNull(side, "side");
    return "unhedged: directional " + (side == CarrySide.REVERSE ? "long" : "short")
        + " perp, funding is a bonus on price exposure";
  }
}
