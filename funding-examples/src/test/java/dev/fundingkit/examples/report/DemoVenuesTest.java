package dev.fundingkit.examples.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fundingkit.core.series.FundingSeries;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoVenuesTest {

  @Test
  void everyVenueListsEverySymbol_venueMajor_eachLabelledSynthetic() {
    List<FundingSeries> all = DemoVenues.all();
    assertEquals(12, all.size());
    for (int v = 0; v < 3; v++) {
      for (int s = 0; s < 4; s++) {
        FundingSeries series = all.get(4 * v + s);
        assertEquals(DemoVenues.VENUES.get(v), series.venue().orElseThrow());
        assertEquals(DemoVenues.SYMBOLS.get(s), series.symbol().orElseThrow());
        assertTrue(series.venue().get().endsWith("(synthetic)"));
      }
    }
  }

  @Test
  void venueABtc_isTheDemoSeries() {
    assertArrayEquals(DemoData.get().rateValues(), DemoVenues.all().get(0).values());
  }

  @Test
  void venueC_settlesEvery4h_andItsBtcHasOneOutage() {
    FundingSeries btc = DemoVenues.all().get(8);
    assertEquals(Duration.ofHours(4), btc.commonInterval().orElseThrow());
    // 730 days every 4 h = 4,380 settlements, less the outage.
    assertEquals(4380 - DemoVenues.OUTAGE_SETTLEMENTS, btc.size());
    assertEquals(1, btc.gaps().size());
    assertEquals(DemoVenues.OUTAGE_START.minus(Duration.ofHours(4)),
        btc.gaps().get(0).lastBefore());
    assertEquals(0, DemoVenues.all().get(9).gaps().size());
  }

  @Test
  void isDeterministic() {
    assertEquals(DemoVenues.all(), DemoVenues.all());
    assertArrayEquals(DemoVenues.all().get(5).values(), DemoVenues.all().get(5).values());
  }
}
