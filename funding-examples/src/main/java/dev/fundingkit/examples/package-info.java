/**
 * Runnable FundingKit examples, one class per task, and the {@code fundingkit} command line
 * ({@code cli}), its report ({@code report}) and CSV readers for venue formats ({@code io}).
 */
package dev.fundingkit.examples;
