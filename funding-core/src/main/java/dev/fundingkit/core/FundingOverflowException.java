package dev.fundingkit.core;

/**
 * A computation from finite inputs whose result overflows a double (or divides by a value too
 * small): the library's one overflow rule, applied everywhere. The input is bad for that
 * computation, so this is an {@link IllegalArgumentException}, and its message names the
 * parameter (or the computed figure) and the value. No FundingKit method returns an infinity
 * instead.
 *
 * <p>Its own type so that a front end can tell "your numbers are too large for this" from other
 * bad input without reading messages: the command line rewords it in terms of its options.
 */
public final class FundingOverflowException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what overflowed, naming the parameter or figure and its value
   * @throws NullPointerException if {@code message} is null
   */
  public FundingOverflowException(String message) {
    super(java.util.Objects.requireNonNull(message, "message"));
  }
}
