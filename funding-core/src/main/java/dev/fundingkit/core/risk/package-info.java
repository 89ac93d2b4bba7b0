/**
 * Risks of holding a perpetual leg: liquidation distance under isolated margin, and funding
 * drag (how many adverse settlements erode margin to maintenance).
 */
package dev.fundingkit.core.risk;
