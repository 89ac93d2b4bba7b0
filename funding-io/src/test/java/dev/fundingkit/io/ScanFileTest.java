package dev.fundingkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.carry.CarryCandidate;
import dev.fundingkit.core.rate.FundingRate;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanFileTest {

  @TempDir Path dir;

  @Test
  void readsRowsInFileOrder_anyColumnOrderAndCase_gzip() throws IOException {
    Path file = dir.resolve("a.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write("Borrow,Asset,note,Interval,Rate\n0.08,BTC,x,8h,-0.0003\n0,SOL,y,PT4H,0.0002\n"
          .getBytes(StandardCharsets.UTF_8));
    }
    List<CarryCandidate> rows = ScanFile.read(file);
    assertEquals(List.of(
        CarryCandidate.of("BTC", FundingRate.parse("-0.0003/8h"), 0.08),
        CarryCandidate.of("SOL", FundingRate.parse("0.0002/4h"), 0)), rows);
  }

  @Test
  void problemsNameLineAndColumn() throws IOException {
    Path file = dir.resolve("b.csv");
    Files.writeString(file, "asset,rate,interval,borrow\n,0.1,8h,0\n");
    FundingInputException e = assertThrows(FundingInputException.class, () -> ScanFile.read(file));
    assertEquals(2, e.line());
    assertEquals("asset", e.column().orElseThrow());
    Files.writeString(file, "asset,rate,interval,borrow\n");
    assertThrows(FundingInputException.class, () -> ScanFile.read(file));
    Files.writeString(file, "asset,rate,interval,borrow\nBTC,1,8h\n");
    assertEquals("row has 3 cells but the header has 4",
        assertThrows(FundingInputException.class, () -> ScanFile.read(file)).problem());
  }

  @Test
  void nulls() {
    new NullPointerTester().setDefault(Path.class, dir.resolve("none.csv"))
        .testAllPublicStaticMethods(ScanFile.class);
  }
}
