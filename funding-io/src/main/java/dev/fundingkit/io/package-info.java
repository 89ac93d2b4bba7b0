/**
 * Reading funding series from the files and API payloads that venues and public data sets
 * publish: Binance public-data zips and REST JSON, Bybit, OKX, Hyperliquid, dYdX, Deribit,
 * Kraken, CCXT exports, and any CSV by its column names; plain, gzip or zip.
 *
 * <p>{@link dev.fundingkit.io.FundingReader} detects the format (or takes it from
 * {@link dev.fundingkit.io.InputFormat}), streams the rows into primitive storage and returns
 * {@link dev.fundingkit.core.series.FundingSeries} values keyed by venue and symbol
 * ({@link dev.fundingkit.io.FundingInput}), each interval marked {@code DECLARED} where the
 * payload states it and {@code INFERRED} (by the series' own factories) otherwise, with every
 * assumption listed as a remark. Every problem is a
 * {@link dev.fundingkit.io.FundingInputException} naming the file, the line and the column.
 *
 * <p>{@link dev.fundingkit.io.CsvSeries} reads several numeric columns of a CSV row by row (for
 * checks that recompute each published rate), {@link dev.fundingkit.io.ScanFile} the asset rows
 * of a carry scan.
 */
package dev.fundingkit.io;
