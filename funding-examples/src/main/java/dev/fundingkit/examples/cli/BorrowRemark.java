package dev.fundingkit.examples.cli;

import picocli.CommandLine.Model.CommandSpec;

/**
 * A remark for a {@code --borrow} above {@link #LIMIT} a year: the option is an annual
 * fraction, so {@code --borrow 8} is 800% a year, almost always a percentage typed by mistake.
 * The value is still used as given; the remark (on standard error, with the command's other
 * remarks) says how it was read.
 */
final class BorrowRemark {

  /** Annual borrow rates above this (200% a year) earn the remark. */
  static final double LIMIT = 2.0;

  private BorrowRemark() {}

  /** Notes a borrow rate above {@link #LIMIT}; nothing for null or a plausible rate. */
  static void check(CommandSpec spec, Double borrow) {
    if (borrow != null && borrow > LIMIT) {
      Output.note(spec, "remark: --borrow " + borrow + " is read as " + Output.percent(borrow)
          + " a year (an annual fraction: 0.08 = 8%); if you meant " + Output.number(borrow)
          + "%, pass --borrow " + Output.number(borrow / 100));
    }
  }
}
