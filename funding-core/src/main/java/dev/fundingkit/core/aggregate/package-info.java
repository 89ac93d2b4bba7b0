/**
 * Cross-venue funding at one instant: each venue's rate normalised to a common interval, then
 * weighted by open interest, volume or equally; stale, future-dated, zero-weight and missing
 * venues are excluded and listed with the reason.
 */
package dev.fundingkit.core.aggregate;
