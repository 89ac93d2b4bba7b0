/**
 * The settlement-interval policy the command line and the report share
 * ({@link dev.fundingkit.examples.io.SettlementIntervals}). Reading files moved to the
 * {@code funding-io} module, package {@code dev.fundingkit.io}.
 */
package dev.fundingkit.examples.io;
