package dev.fundingkit.core.formula;

/**
 * Where a funding rule version comes from. Every rule version of every venue states one, and
 * every {@link FundingBreakdown} computed under it carries it, so a rate computed with a rule
 * the venue never published can never pass for one it did.
 *
 * <ul>
 *   <li>{@link #PUBLISHED}: the venue's own document (help page, announcement, API doc or
 *       source code), cited with the version.
 *   <li>{@link #INFERRED_FROM_DATA}: fitted to the venue's published rates; the version says
 *       which data and what fit.
 *   <li>{@link #ASSUMED}: neither published nor measured, such as an unpublished switch date
 *       chosen between two dated documents; the version says why.
 * </ul>
 */
public enum Provenance {

  /** The venue's own document, cited with the version. */
  PUBLISHED,

  /** Fitted to the venue's published rates; the version names the data and the fit. */
  INFERRED_FROM_DATA,

  /** Neither published nor measured; the version says what was assumed and why. */
  ASSUMED;

  /**
   * Whether a rate computed under this provenance should carry a warning.
   *
   * @return {@code true} unless {@link #PUBLISHED}
   */
  public boolean needsWarning() {
    return this != PUBLISHED;
  }
}
