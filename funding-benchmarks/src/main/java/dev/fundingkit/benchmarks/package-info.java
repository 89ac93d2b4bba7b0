/**
 * JMH benchmarks of FundingKit's hot paths. Every method {@code X_fundingkit} has a plain-Java
 * {@code X_baseline} over the same data in the same class, so results pair by name. Run with
 * {@code java -jar funding-benchmarks/target/benchmarks.jar -rf json}.
 */
package dev.fundingkit.benchmarks;
