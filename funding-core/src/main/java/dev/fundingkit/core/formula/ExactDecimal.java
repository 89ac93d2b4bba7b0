package dev.fundingkit.core.formula;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;

/**
 * The published figure of a formula computed in decimal: the premium and every parameter as
 * their shortest decimal forms, each step exact (divisions to 34 digits), rounded once at the
 * venue's precision. Only the library's own band and scaling parts have a decimal form; any
 * other part publishes from the double.
 */
final class ExactDecimal {

  private static final MathContext MC = MathContext.DECIMAL128;

  private ExactDecimal() {}

  static String publish(FundingFormula f, double premium, Duration interval, double fallback) {
    PublishedPrecision precision = f.precision();
    BigDecimal raw = raw(f.band(), BigDecimal.valueOf(premium),
        BigDecimal.valueOf(f.interest().rateFor(interval)));
    if (raw == null) {
      return precision.publish(fallback);
    }
    BigDecimal value;
    if (f.capStage() == CapStage.AFTER_SCALING) {
      BigDecimal scaled = scale(f.scaling(), raw, interval);
      if (scaled == null) {
        return precision.publish(fallback);
      }
      value = cap(f.cap(), scaled);
    } else {
      value = scale(f.scaling(), cap(f.cap(), raw), interval);
      if (value == null) {
        return precision.publish(fallback);
      }
    }
    BigDecimal rounded = value.setScale(precision.decimals(), precision.mode());
    if (rounded.signum() == 0) {
      rounded = BigDecimal.ZERO.setScale(precision.decimals());
    }
    return rounded.toPlainString();
  }

  private static BigDecimal raw(PremiumBand band, BigDecimal p, BigDecimal i) {
    if (band instanceof ClampBand) {
      BigDecimal h = BigDecimal.valueOf(((ClampBand) band).halfWidth());
      return p.subtract(h).max(p.add(h).min(i));
    }
    if (band instanceof DeadBand) {
      BigDecimal d = BigDecimal.valueOf(((DeadBand) band).delta());
      BigDecimal damped = p.compareTo(d) > 0 ? p.subtract(d)
          : p.compareTo(d.negate()) < 0 ? p.add(d) : BigDecimal.ZERO;
      return damped.add(i);
    }
    if (band == PremiumBand.NONE) {
      return p.add(i);
    }
    return null;
  }

  private static BigDecimal scale(IntervalScaling scaling, BigDecimal raw, Duration interval) {
    if (scaling instanceof FixedDivisor) {
      return raw.divide(BigDecimal.valueOf(((FixedDivisor) scaling).divisor()), MC);
    }
    if (scaling instanceof ProportionalScaling) {
      Duration reference = ((ProportionalScaling) scaling).reference();
      return raw.multiply(BigDecimal.valueOf(interval.toNanos()))
          .divide(BigDecimal.valueOf(reference.toNanos()), MC);
    }
    return null;
  }

  private static BigDecimal cap(FundingCap cap, BigDecimal value) {
    BigDecimal v = value;
    if (Double.isFinite(cap.cap())) {
      v = v.min(BigDecimal.valueOf(cap.cap()));
    }
    if (Double.isFinite(cap.floor())) {
      v = v.max(BigDecimal.valueOf(cap.floor()));
    }
    return v;
  }
}
