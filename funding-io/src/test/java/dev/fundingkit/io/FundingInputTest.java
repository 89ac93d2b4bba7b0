package dev.fundingkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.series.IntervalSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FundingInputTest {

  private static final FundingSeries S = FundingSeries.of(new long[] {0, 28_800_000L},
      new double[] {1e-4, 2e-4}, Duration.ofHours(8), IntervalSource.DECLARED);

  @Test
  void accessorsAndSingle() {
    FundingInput in = new FundingInput(List.of(Path.of("f.csv")), InputFormat.CSV,
        Map.of(SeriesKey.unnamed(), S), "time", "rate", List.of(), List.of("r"));
    assertEquals(S, in.single());
    assertEquals(List.of("r"), in.remarks());
    assertEquals("time", in.timeColumn());
    assertEquals("rate", in.valueColumn());
    assertEquals(InputFormat.CSV, in.format());
    assertThrows(UnsupportedOperationException.class, () -> in.series().clear());
  }

  @Test
  void single_ofSeveral_namesThemAndTheColumnsThatTellThemApart() {
    FundingInput in = new FundingInput(List.of(Path.of("f.csv")), InputFormat.CSV,
        Map.of(SeriesKey.of("okx", "BTC"), S, SeriesKey.of("okx", "ETH"), S), "time", "rate",
        List.of("exchange", "pair"), List.of());
    FundingInputException e = assertThrows(FundingInputException.class, in::single);
    assertEquals("f.csv", e.file().toString());
    assertEquals(0, e.line());
  }
}
