/**
 * Reading funding series from CSV files as venues and public data sets write them.
 *
 * <p>{@link dev.fundingkit.examples.io.CsvSeries#read(java.nio.file.Path,
 * dev.fundingkit.examples.io.SeriesColumns)} reads a plain or gzip-compressed CSV with a header
 * row, keeps the rows that pass the {@link dev.fundingkit.examples.io.RowFilter}s, and returns
 * times in strictly increasing order with the chosen numeric columns. Every problem is a
 * {@link dev.fundingkit.examples.io.CsvInputException} that names the file, the line and the
 * column.
 */
package dev.fundingkit.examples.io;
