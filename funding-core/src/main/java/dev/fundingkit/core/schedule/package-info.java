/**
 * Settlement schedules, interval inference and dynamic interval rules.
 *
 * <p>{@link dev.fundingkit.core.schedule.SettlementSchedule} is one fixed grid ({@code 8h@00:00});
 * {@link dev.fundingkit.core.schedule.PiecewiseSchedule} strings grids together across interval
 * changes (8h → 4h → 1h) and answers the same questions. {@link
 * dev.fundingkit.core.schedule.IntervalInference} recovers the interval, and where it changed,
 * from settlement instants alone (venues rarely publish it); {@link
 * dev.fundingkit.core.schedule.IntervalSimulator} replays settled rates through venue rules
 * ({@link dev.fundingkit.core.schedule.IntervalRules}) that switch a symbol to hourly at its cap
 * and back.
 *
 * <p>Settlement windows are half-open on the left, {@code (from, to]}. Nothing here reads the
 * clock: every question takes the instant it is about. Every type is immutable and thread-safe.
 */
package dev.fundingkit.core.schedule;
