package dev.fundingkit.io;

import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.series.IntervalSource;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The rows of one series from one file, in primitive chunks (no object per row, no copying as
 * it grows): instants, values and, when the file declares them, intervals. Checks as rows
 * arrive that times run one way (increasing, or decreasing as several venue APIs return them)
 * without duplicates, and counts whole-hour steps to recognise a daylight-saving shift.
 * Not thread-safe.
 */
final class Part {

  // 32 Ki elements (256 KB): below half a G1 region of a 1 GB heap, so never humongous.
  private static final int SHIFT = 15;
  private static final int CHUNK = 1 << SHIFT;
  private static final int MASK = CHUNK - 1;
  private static final long HOUR = 3_600_000L;
  private static final long MINUTE = 60_000L;

  final SeriesKey key;
  final Path file;
  final String timeColumn;
  final long firstLine;

  private long[][] times = new long[4][];
  private double[][] values = new double[4][];
  private long[][] intervals;
  private int size;
  private int direction;
  private long lastTime;
  private long lastLine;
  private final long[] hourSteps = new long[26];
  private final long[] hourStepLine = new long[26];

  Part(SeriesKey key, Path file, String timeColumn, long firstLine) {
    this.key = key;
    this.file = file;
    this.timeColumn = timeColumn;
    this.firstLine = firstLine;
  }

  int size() {
    return size;
  }

  /** Adds a row; {@code interval} is 0 when the row does not declare one. */
  void add(long time, double value, long interval, long line) {
    if (size > 0) {
      int dir = Long.compare(time, lastTime);
      if (dir == 0) {
        throw new FundingInputException(file, line, timeColumn, "duplicate time "
            + java.time.Instant.ofEpochMilli(time) + " (same as line " + lastLine + ")"
            + (key.equals(SeriesKey.unnamed()) ? "" : " for " + key));
      }
      if (direction == 0) {
        direction = dir;
      } else if (dir != direction) {
        throw new FundingInputException(file, line, timeColumn, "time "
            + java.time.Instant.ofEpochMilli(time) + " is " + (dir < 0 ? "before" : "after")
            + " line " + lastLine + "'s " + java.time.Instant.ofEpochMilli(lastTime)
            + "; rows must be in one time order" + (key.equals(SeriesKey.unnamed()) ? ""
                : " for " + key));
      }
      countStep(Math.abs(time - lastTime), line);
    }
    int c = size >>> SHIFT;
    if (c == times.length) {
      times = Arrays.copyOf(times, c * 2);
      values = Arrays.copyOf(values, c * 2);
      if (intervals != null) {
        intervals = Arrays.copyOf(intervals, c * 2);
      }
    }
    if (times[c] == null) {
      times[c] = new long[CHUNK];
      values[c] = new double[CHUNK];
    }
    times[c][size & MASK] = time;
    values[c][size & MASK] = value;
    if (interval > 0) {
      if (intervals == null) {
        intervals = new long[times.length][];
      }
      if (intervals[c] == null) {
        intervals[c] = new long[CHUNK];
      }
      intervals[c][size & MASK] = interval;
    }
    size++;
    lastTime = time;
    lastLine = line;
  }

  private void countStep(long step, long line) {
    long h = (step + MINUTE) / HOUR;
    if (h < hourSteps.length && Math.abs(step - h * HOUR) <= MINUTE) {
      if (hourSteps[(int) h]++ == 0) {
        hourStepLine[(int) h] = line;
      }
    }
  }

  /**
   * The line of a step pattern that looks like a daylight-saving shift on a grid of
   * {@code g} hours ({@code g−1} and {@code g+1} hour steps among mostly {@code g} hour ones),
   * as {@code {line, g}}, or null.
   */
  long[] daylightSavingShift() {
    for (int g = 2; g <= 24; g++) {
      long shorter = hourSteps[g - 1];
      long longer = hourSteps[g + 1];
      if (shorter > 0 && longer > 0 && hourSteps[g] > 4 * (shorter + longer)) {
        return new long[] {Math.min(hourStepLine[g - 1], hourStepLine[g + 1]), g};
      }
    }
    return null;
  }

  long firstTime() {
    return direction >= 0 ? times[0][0] : lastTime;
  }

  long lastTime() {
    return direction >= 0 ? lastTime : times[0][0];
  }

  /**
   * Adds the rows, oldest first, to a series builder, freeing each chunk once added: a row's
   * interval is {@code fixedMillis} when positive, else its declared one, else unknown.
   */
  void addTo(FundingSeries.Builder builder, long fixedMillis) {
    for (int i = 0; i < size; i++) {
      int src = direction >= 0 ? i : size - 1 - i;
      int c = src >>> SHIFT;
      int j = src & MASK;
      long iv = fixedMillis > 0 ? fixedMillis
          : intervals != null && intervals[c] != null ? intervals[c][j] : 0;
      if (iv > 0) {
        builder.add(times[c][j], values[c][j], iv, IntervalSource.DECLARED);
      } else {
        builder.add(times[c][j], values[c][j]);
      }
      if (direction >= 0 && j == MASK) {
        times[c] = null;
        values[c] = null;
        if (intervals != null) {
          intervals[c] = null;
        }
      }
    }
    times = null;
    values = null;
    intervals = null;
  }

  boolean descending() {
    return direction < 0;
  }
}
