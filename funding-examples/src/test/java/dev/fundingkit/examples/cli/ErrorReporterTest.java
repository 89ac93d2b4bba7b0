package dev.fundingkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorReporterTest {

  @TempDir Path dir;

  @Test
  void outOfMemory_isOneLineWithWhatWasReadAndAHeapThatWouldDo() {
    // 1 GiB heap: the next power of two at least twice it is 2 GB
    assertEquals("fundingkit fit: out of memory with a heap limit of 1024 MB after reading"
        + " big.csv (499 MB on disk); run with a larger heap, e.g. java -Xmx2g -jar"
        + " fundingkit.jar ...",
        ErrorReporter.outOfMemory("fundingkit fit", "big.csv (499 MB on disk)", 1L << 30));
    // 3 GiB: twice is 6 GB, so 8 GB
    assertTrue(ErrorReporter.outOfMemory("x", "", 3L << 30).contains("-Xmx8g"));
  }

  @Test
  void remarksOfAnInputThatThenFails_areHeldBack_oneLineOnly() throws IOException {
    // zone-less times give a remark; the impossible date on line 4 then fails the read (two
    // rows would no longer do: a fit on too little data is a result, INSUFFICIENT_DATA)
    Path file = dir.resolve("two.csv");
    Files.writeString(file, "time,rate\n2024-01-01 00:00:00,1\n2024-01-01 08:00:00,2\n"
        + "2024-02-30 00:00:00,3\n");
    String err = CliRun.of("fit", file.toString()).badInput();
    assertTrue(err.startsWith("fundingkit fit: ") && !err.contains("read as UTC"), err);
  }

  @Test
  void impossibleDateInAnOption_isBadInput() {
    String err = CliRun.of("rate", "--venue", "binance-usdm", "--at", "2025-02-30T00:00:00Z",
        "--premium", "0.0001").badInput();
    assertTrue(err.contains("'2025-02-30T00:00:00Z' is not a timestamp"), err);
  }
}
