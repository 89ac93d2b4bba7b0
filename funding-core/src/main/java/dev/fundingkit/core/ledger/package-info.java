/**
 * Funding accrued by a position through settlements, for backtests.
 *
 * <p>Boundary rule, stated once: a settlement at {@code T} is paid by the position held at
 * {@code T}; a position entered at {@code entry} and closed at {@code exit} pays the
 * settlements in {@code (entry, exit]} (entering exactly at a settlement skips it, closing
 * exactly at one pays it). This deliberately differs from the library's usual half-open
 * {@code [start, end)} windows because it is how venues snapshot positions. A tolerance moves
 * the snapshot later: see {@link dev.fundingkit.core.ledger.FundingLedger}.
 *
 * <p>{@link dev.fundingkit.core.ledger.FundingLedger} is the object form;
 * {@link dev.fundingkit.core.ledger.FundingAccrual} the same rule over primitive arrays,
 * allocating nothing per element.
 */
package dev.fundingkit.core.ledger;
