package dev.fundingkit.stats.ou;

import java.util.Arrays;
import java.util.Objects;

/**
 * A Hampel pre-filter for isolated bad prints: a point further than
 * {@code threshold · 1.4826 · MAD} from the median of the {@code 2·halfWindow + 1} points
 * centred on it (truncated at the ends) is replaced by that median. The constant 1.4826 makes
 * the MAD a consistent estimate of a Gaussian sd.
 *
 * <p>Why: one-off spikes enter the AR(1) regression both as response and as regressor, so even
 * 1% of them collapse the half-life (72 h → 9.5 h in the design study) and M-estimators do not
 * help; this filter restores ≈65 h and leaves clean data essentially untouched. Genuine jumps
 * that then decay are mostly kept, because their neighbours move with them.
 *
 * <p>Windows whose MAD is zero (for example a run of prints pinned at the interest rate)
 * replace nothing, so pinned series are not rewritten. Where a window is <i>mostly</i> pinned
 * its MAD is tiny and genuine excursions from the pin can be replaced too: on Binance BTCUSDT
 * 8-hourly funding 2020–2026 it replaces 91 of 7273 prints and moves the half-life from 24.7 h
 * to 31.4 h. Use it for feeds with glitches, and check {@link OuFit#replacedOutliers()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param halfWindow points on each side of the centre, {@code >= 1}
 * @param threshold the cut-off in robust sds, finite and {@code > 0}
 */
public record HampelFilter(int halfWindow, double threshold) implements java.io.Serializable {

  private static final double MAD_TO_SD = 1.4826;

  /**
   * Validates the settings.
   *
   * @param halfWindow points on each side of the centre, {@code >= 1}
   * @param threshold the cut-off in robust sds, finite and {@code > 0}
   * @throws IllegalArgumentException naming the bad setting and its value
   */
  public HampelFilter {
    if (halfWindow < 1) {
      throw new IllegalArgumentException("halfWindow must be >= 1, was " + halfWindow);
    }
    if (!(threshold > 0) || threshold == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("threshold must be > 0 and finite, was " + threshold);
    }
  }

  /**
   * The design-study setting: an 11-point window (±5) and a 5-sd threshold.
   *
   * @return {@code HampelFilter(5, 5.0)}
   */
  public static HampelFilter defaults() {
    return new HampelFilter(5, 5.0);
  }

  /**
   * Filters {@code values} into {@code out}. Medians always come from the unfiltered input;
   * {@code out} may be {@code values} itself (the input is then copied once). Otherwise
   * allocates only two work arrays of the window size.
   *
   * @param values the series in time order, finite
   * @param out where the filtered series is written, at least as long as {@code values}
   * @return how many points were replaced
   * @throws NullPointerException if an array is null
   * @throws IllegalArgumentException if {@code out} is shorter than {@code values}, or a value
   *     is NaN or infinite (naming its index: a NaN would poison every median around it)
   */
  public int apply(double[] values, double[] out) {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(out, "out");
    dev.fundingkit.core.ArgChecks.allFinite("values", values);
    if (out.length < values.length) {
      throw new IllegalArgumentException(
          "out must be at least values.length (" + values.length + ") long, was " + out.length);
    }
    int len = values.length;
    double[] window = new double[2 * halfWindow + 1];
    double[] dev = new double[2 * halfWindow + 1];
    double[] source = values == out ? values.clone() : values;
    int replaced = 0;
    for (int i = 0; i < len; i++) {
      int from = Math.max(0, i - halfWindow);
      int to = Math.min(len - 1, i + halfWindow);
      int m = to - from + 1;
      System.arraycopy(source, from, window, 0, m);
      double median = median(window, m);
      for (int j = 0; j < m; j++) {
        dev[j] = Math.abs(source[from + j] - median);
      }
      double mad = median(dev, m);
      double x = source[i];
      if (mad > 0 && Math.abs(x - median) > threshold * MAD_TO_SD * mad) {
        out[i] = median;
        replaced++;
      } else {
        out[i] = x;
      }
    }
    return replaced;
  }

  private static double median(double[] a, int m) {
    Arrays.sort(a, 0, m);
    return (m & 1) == 1 ? a[m / 2] : 0.5 * (a[m / 2 - 1] + a[m / 2]);
  }
}
