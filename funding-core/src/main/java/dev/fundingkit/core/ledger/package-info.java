/**
 * Funding accrued by a position through a venue's settlements, for backtests and the daily
 * reconciliation with a venue's payment history.
 *
 * <p>Boundary rule, stated once: a settlement at {@code T} is paid by the position held at
 * {@code T}; a position entered at {@code entry} and closed at {@code exit} pays the
 * settlements in {@code (entry, exit]} (entering exactly at a settlement skips it, closing
 * exactly at one pays it). This deliberately differs from the library's usual half-open
 * {@code [start, end)} windows because it is how venues snapshot positions. A snapshot
 * tolerance moves the snapshot later and continuous accrual prorates by time held: see
 * {@link dev.fundingkit.core.ledger.FundingLedger}.
 *
 * <p>The venue's side of it is {@link dev.fundingkit.core.ledger.PaymentTerms} (payment price,
 * accrual, intervals ahead, snapshot tolerance), read from the venue registry in one factory.
 * {@link dev.fundingkit.core.ledger.FundingLedger} is the object form with an entry for every
 * expected settlement (paid, flat, missing or stale);
 * {@link dev.fundingkit.core.ledger.FundingAccrual} the same arithmetic over primitive arrays,
 * allocating nothing per settlement; {@link dev.fundingkit.core.ledger.Reconciliation} checks a
 * ledger against the venue's payment history.
 */
package dev.fundingkit.core.ledger;
