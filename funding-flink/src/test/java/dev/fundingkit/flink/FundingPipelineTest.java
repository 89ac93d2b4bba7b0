package dev.fundingkit.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.fundingkit.core.aggregate.AggregatedFunding;
import dev.fundingkit.core.aggregate.VenueReading;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.series.FundingGap;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.testing.SharedData;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FundingPipelineTest {

  @RegisterExtension
  static final MiniClusterExtension CLUSTER = FlinkHarness.cluster();

  private static final long H = 3_600_000L;

  @Test
  void batchPipelineOverAllSharedFilesMatchesThePlainLibraryPerKey() throws Exception {
    SharedData.require("zushen-crossvenue/funding_binance.csv.gz");
    SharedData.require("supervik-multivenue/funding_btc_eth_7venues_utc.csv.gz");
    List<Path> files = SharedFundingFiles.files(SharedData.root());
    assumeFalse(files.isEmpty());
    List<FundingEvent> events = new ArrayList<>();
    for (Path f : files) {
      events.addAll(SharedFundingFiles.read(f));
    }
    assertEquals(5, files.size());
    FundingPipeline.Outputs out = FundingPipeline.run(
        FundingPipeline.environment(RuntimeExecutionMode.BATCH, 2), events);

    // Series and gaps: one library series per (venue, symbol) over all its rows.
    Map<String, List<FundingEvent>> byKey = new TreeMap<>();
    for (FundingEvent e : events) {
      byKey.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
    }
    Map<String, List<SeriesPoint>> gotByKey = new HashMap<>();
    for (SeriesPoint p : out.series()) {
      gotByKey.computeIfAbsent(Keys.of(p.venue(), p.symbol()), k -> new ArrayList<>()).add(p);
    }
    List<GapRow> wantGaps = new ArrayList<>();
    Map<String, List<VenueRateReading>> readingsByBase = new TreeMap<>();
    for (Map.Entry<String, List<FundingEvent>> k : byKey.entrySet()) {
      List<FundingEvent> rows = new ArrayList<>(k.getValue());
      rows.sort(Comparator.comparingLong(FundingEvent::epochMillis));
      FundingSeries.Builder b = FundingSeries.builder();
      for (FundingEvent e : rows) {
        if (e.intervalMillis() > 0) {
          b.add(e.epochMillis(), e.value(), e.intervalMillis(), e.source());
        } else {
          b.add(e.epochMillis(), e.value());
        }
      }
      FundingSeries s = b.build();
      String venue = rows.get(0).venue();
      String symbol = rows.get(0).symbol();
      List<SeriesPoint> got = new ArrayList<>(gotByKey.getOrDefault(k.getKey(), List.of()));
      got.sort(Comparator.comparingLong(SeriesPoint::epochMillis));
      assertEquals(s.size(), got.size(), k.getKey());
      for (int i = 0; i < s.size(); i++) {
        SeriesPoint p = got.get(i);
        assertEquals(s.epochMilli(i), p.epochMillis(), k.getKey());
        assertEquals(Double.doubleToRawLongBits(s.value(i)),
            Double.doubleToRawLongBits(p.value()), k.getKey());
        assertEquals(s.intervalMillis(i), p.intervalMillis(), k.getKey() + " point " + i);
        assertEquals(s.intervalSource(i), p.source(), k.getKey());
        assertEquals(i == 0 ? 0 : s.missingBefore(i), p.missingBefore(), k.getKey());
        readingsByBase.computeIfAbsent(SharedFundingFiles.base(symbol), x -> new ArrayList<>())
            .add(new VenueRateReading(k.getKey(), SharedFundingFiles.base(symbol),
                s.epochMilli(i), s.value(i), s.intervalMillis(i), 0.0, 0.0));
      }
      for (FundingGap g : s.gaps()) {
        wantGaps.add(new GapRow(venue, symbol, g.lastBefore().toEpochMilli(),
            g.firstAfter().toEpochMilli(), g.interval().toMillis(), g.missingSettlements()));
      }
    }
    Comparator<GapRow> gapOrder = Comparator.comparing(GapRow::venue)
        .thenComparing(GapRow::symbol).thenComparingLong(GapRow::afterMillis);
    List<GapRow> gotGaps = new ArrayList<>(out.gaps());
    gotGaps.sort(gapOrder);
    wantGaps.sort(gapOrder);
    assertEquals(wantGaps, gotGaps);

    // Aggregates: per base asset, sweep the grid with the latest reading per market.
    Map<String, List<AggregateRow>> aggBySymbol = new HashMap<>();
    for (AggregateRow r : out.aggregates()) {
      aggBySymbol.computeIfAbsent(r.symbol(), x -> new ArrayList<>()).add(r);
    }
    long maxAge = FundingPipeline.AGGREGATION.maxAge().toMillis();
    int checked = 0;
    for (Map.Entry<String, List<VenueRateReading>> e : readingsByBase.entrySet()) {
      List<VenueRateReading> rs = new ArrayList<>(e.getValue());
      rs.sort(Comparator.comparingLong(VenueRateReading::observedMillis));
      TreeSet<Long> instants = new TreeSet<>();
      for (VenueRateReading r : rs) {
        long first = Math.floorDiv(r.observedMillis() + H - 1, H) * H;
        instants.add(first);
        for (long t = first + H; t <= r.observedMillis() + maxAge; t += H) {
          instants.add(t);
        }
      }
      List<AggregateRow> got = new ArrayList<>(aggBySymbol.getOrDefault(e.getKey(), List.of()));
      got.sort(Comparator.comparingLong(AggregateRow::atMillis));
      assertEquals(instants.size(), got.size(), e.getKey());
      Map<String, VenueReading> latest = new TreeMap<>();
      int next = 0;
      int i = 0;
      for (long t : instants) {
        while (next < rs.size() && rs.get(next).observedMillis() <= t) {
          VenueRateReading r = rs.get(next++);
          latest.put(r.venue(), VenueReading.of(r.venue(), FundingRate.of(r.value(),
              Duration.ofMillis(r.intervalMillis())), Instant.ofEpochMilli(r.observedMillis())));
        }
        AggregatedFunding want = FundingPipeline.AGGREGATION.aggregate(Instant.ofEpochMilli(t),
            latest.values());
        AggregateRow row = got.get(i++);
        assertEquals(t, row.atMillis());
        assertEquals(Double.doubleToRawLongBits(want.rate().value()),
            Double.doubleToRawLongBits(row.value()), e.getKey() + " at " + Instant.ofEpochMilli(t));
        assertEquals(want.contributions().size(), row.contributors());
        checked++;
      }
    }
    assertEquals(out.aggregates().size(), checked);
  }
}
