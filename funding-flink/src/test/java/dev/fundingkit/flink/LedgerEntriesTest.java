package dev.fundingkit.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.ledger.EntryStatus;
import dev.fundingkit.core.ledger.FundingLedger;
import dev.fundingkit.core.ledger.LedgerEntry;
import dev.fundingkit.core.ledger.PaymentTerms;
import dev.fundingkit.core.ledger.PositionHistory;
import dev.fundingkit.core.ledger.ReconciledPayment;
import dev.fundingkit.core.ledger.Reconciliation;
import dev.fundingkit.core.ledger.ReconciliationStatus;
import dev.fundingkit.core.ledger.Settlement;
import dev.fundingkit.core.ledger.SizeChange;
import dev.fundingkit.core.ledger.StalePolicy;
import dev.fundingkit.core.ledger.VenuePayment;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LedgerEntriesTest {

  @RegisterExtension
  static final MiniClusterExtension CLUSTER = FlinkHarness.cluster();

  private static final long H = 3_600_000L;
  private static final long T0 = 1_700_000_000_000L / (24 * H) * (24 * H);
  static final PaymentTerms TERMS =
      PaymentTerms.defaults().withSnapshotTolerance(Duration.ofSeconds(15));
  static final Duration TIME_TOL = Duration.ofMinutes(1);
  static final double AMOUNT_TOL = 1e-6;

  record Run(List<LedgerEntryRow> entries, List<ReconciliationRow> lines,
      List<LedgerInput> late) {}

  static Run run(List<LedgerInput> in, RuntimeExecutionMode mode, int parallelism,
      StalePolicy policy, long outOfOrder) throws Exception {
    StreamExecutionEnvironment env = FlinkHarness.env(mode, parallelism);
    SingleOutputStreamOperator<LedgerEntryRow> out =
        env.fromData(in, FundingTypes.LEDGER_INPUT).setParallelism(1)
            .assignTimestampsAndWatermarks(
                FlinkHarness.punctuated((p, ts) -> p.epochMillis(), outOfOrder))
            .setParallelism(1)
            .keyBy(LedgerInput::key, Types.STRING)
            .process(new LedgerEntries(TERMS, policy, AMOUNT_TOL, TIME_TOL, Duration.ZERO),
                FundingTypes.LEDGER_ENTRY_ROW);
    CloseableIterator<LedgerEntryRow> e = out.collectAsync();
    CloseableIterator<ReconciliationRow> r =
        out.getSideOutput(LedgerEntries.RECONCILIATION).collectAsync();
    CloseableIterator<LedgerInput> late = out.getSideOutput(LedgerEntries.LATE).collectAsync();
    env.execute("ledger-entries-test");
    return new Run(FlinkHarness.drain(e), FlinkHarness.drain(r), FlinkHarness.drain(late));
  }

  /**
   * Two accounts over 20 days of 8-hourly settlements (bybit BTC switches to hourly on day
   * 12; okx ETH lacks 3 settlements on day 5 and the data ends while the position is open),
   * random size changes (some within the snapshot tolerance of a settlement), and the venue's
   * bookings: most entries booked seconds late, a few wrong, a few omitted, a few extra.
   */
  static List<LedgerInput> inputs() {
    Random rnd = new Random(23);
    List<LedgerInput> in = new ArrayList<>();
    for (String[] acct : new String[][] {{"bybit", "BTC"}, {"okx", "ETH"}}) {
      String v = acct[0];
      String s = acct[1];
      List<Settlement> settled = new ArrayList<>();
      long t = T0;
      while (t < T0 + 20 * 24 * H) {
        long iv = v.equals("bybit") && t >= T0 + 12 * 24 * H ? H : 8 * H;
        boolean gap = v.equals("okx") && t > T0 + 5 * 24 * H && t <= T0 + 6 * 24 * H;
        if (!gap) {
          double rate = 1e-4 * rnd.nextGaussian();
          double price = 30_000 + 100 * rnd.nextGaussian();
          in.add(LedgerInput.settlement(v, s, t, rate, iv, price));
          settled.add(Settlement.of(Instant.ofEpochMilli(t),
              FundingRate.of(rate, Duration.ofMillis(iv)), price));
        }
        t += iv;
      }
      long c = T0 - 3 * H;
      List<SizeChange> changes = new ArrayList<>();
      long endChanges = v.equals("okx") ? T0 + 21 * 24 * H : T0 + 19 * 24 * H;
      while (c < endChanges) {
        double size = rnd.nextInt(5) == 0 ? 0.0 : Math.round(rnd.nextGaussian() * 40) / 10.0;
        in.add(LedgerInput.sizeChange(v, s, c, size));
        changes.add(SizeChange.of(Instant.ofEpochMilli(c), size));
        // sometimes 5 s after a settlement, inside the 15 s snapshot tolerance
        c += rnd.nextInt(4) == 0 ? (8 * H - c % (8 * H)) + 5_000 : 1 + rnd.nextInt((int) (30 * H));
      }
      FundingLedger ledger = FundingLedger.of(settled, PositionHistory.of(changes), TERMS)
          .withStalePolicy(StalePolicy.MARK_STALE);
      for (LedgerEntry e : ledger.entries()) {
        if (e.cashFlow().isEmpty() || e.cashFlow().getAsDouble() == 0 || rnd.nextInt(10) == 0) {
          continue;
        }
        double amount = e.cashFlow().getAsDouble() * (rnd.nextInt(15) == 0 ? 1.1 : 1.0);
        in.add(LedgerInput.payment(v, s, e.time().toEpochMilli() + rnd.nextInt(20_000), amount));
      }
      for (int k = 0; k < 3; k++) {
        in.add(LedgerInput.payment(v, s, T0 + (2 + 5 * k) * 24 * H + 4 * H, 1.5));
      }
    }
    return in;
  }

  /** The plain ledger and reconciliation per account over every input. */
  static void assertSameAsLibrary(List<LedgerInput> in, Run run, StalePolicy policy) {
    Map<String, List<LedgerInput>> byKey = new TreeMap<>();
    for (LedgerInput i : in) {
      byKey.computeIfAbsent(i.key(), k -> new ArrayList<>()).add(i);
    }
    int entries = 0;
    int lines = 0;
    for (Map.Entry<String, List<LedgerInput>> k : byKey.entrySet()) {
      List<LedgerInput> rows = new ArrayList<>(k.getValue());
      rows.sort(Comparator.comparingLong(LedgerInput::epochMillis));
      List<Settlement> settled = new ArrayList<>();
      List<SizeChange> changes = new ArrayList<>();
      List<VenuePayment> booked = new ArrayList<>();
      for (LedgerInput i : rows) {
        Instant at = Instant.ofEpochMilli(i.epochMillis());
        switch (i.kind()) {
          case SETTLEMENT -> settled.add(Settlement.of(at,
              FundingRate.of(i.value(), Duration.ofMillis(i.intervalMillis())), i.price()));
          case SIZE_CHANGE -> changes.add(SizeChange.of(at, i.value()));
          case PAYMENT -> booked.add(VenuePayment.of(at, i.value()));
        }
      }
      FundingLedger ledger = FundingLedger.of(settled, PositionHistory.of(changes), TERMS)
          .withStalePolicy(policy);
      List<LedgerEntryRow> got = run.entries().stream()
          .filter(r -> Keys.of(r.venue(), r.symbol()).equals(k.getKey()))
          .sorted(Comparator.comparingLong(LedgerEntryRow::epochMillis)).toList();
      List<LedgerEntry> want = ledger.entries();
      assertEquals(want.size(), got.size(), k.getKey());
      for (int i = 0; i < want.size(); i++) {
        LedgerEntry e = want.get(i);
        LedgerEntryRow r = got.get(i);
        String at = k.getKey() + " " + e.time();
        assertEquals(e.time().toEpochMilli(), r.epochMillis(), at);
        assertEquals(e.interval().toMillis(), r.intervalMillis(), at);
        assertEquals(e.status(), r.status(), at);
        assertBits(e.size(), r.size(), at);
        assertBits(e.cashFlow().isPresent() ? e.cashFlow().getAsDouble() : Double.NaN,
            r.cashFlow(), at);
        assertBits(e.cumulative(), r.cumulative(), at);
      }
      Comparator<ReconciliationRow> order = Comparator.comparingLong(ReconciliationRow::paymentMillis)
          .thenComparingLong(ReconciliationRow::entryMillis);
      List<ReconciliationRow> wantLines = new ArrayList<>();
      String[] vs = k.getKey().split("\\|");
      for (ReconciledPayment p : Reconciliation.of(ledger, booked, AMOUNT_TOL, TIME_TOL)
          .lines()) {
        wantLines.add(new ReconciliationRow(vs[0], vs[1], p.status(),
            p.entry().isPresent() ? p.entry().get().time().toEpochMilli() : Long.MIN_VALUE,
            p.payment().isPresent() ? p.payment().get().time().toEpochMilli() : Long.MIN_VALUE,
            p.expected().isPresent() ? p.expected().getAsDouble() : Double.NaN, p.actual()));
      }
      wantLines.sort(order);
      List<ReconciliationRow> gotLines = new ArrayList<>(run.lines().stream()
          .filter(r -> Keys.of(r.venue(), r.symbol()).equals(k.getKey())).toList());
      gotLines.sort(order);
      assertEquals(wantLines, gotLines, k.getKey());
      entries += want.size();
      lines += wantLines.size();
      for (ReconciliationStatus st : ReconciliationStatus.values()) {
        if (st != ReconciliationStatus.MISMATCHED || !k.getKey().startsWith("okx")) {
          continue;
        }
        assertTrue(wantLines.stream().anyMatch(l -> l.status() == st), st + " exercised");
      }
    }
    assertEquals(entries, run.entries().size());
    assertEquals(lines, run.lines().size());
  }

  static void assertBits(double want, double got, String at) {
    assertEquals(Double.doubleToLongBits(want), Double.doubleToLongBits(got), at);
  }

  @Test
  void batchEntriesAndReconciliationEqualThePlainLedger() throws Exception {
    List<LedgerInput> in = inputs();
    Collections.shuffle(in, new Random(2));
    Run run = run(in, RuntimeExecutionMode.BATCH, 2, StalePolicy.MARK_STALE, 0);
    assertSameAsLibrary(in, run, StalePolicy.MARK_STALE);
    assertTrue(run.entries().stream().anyMatch(e -> e.status() == EntryStatus.STALE));
    assertTrue(run.lines().stream().anyMatch(l -> l.status() == ReconciliationStatus.EXTRA));
    assertTrue(run.lines().stream().anyMatch(l -> l.status() == ReconciliationStatus.MISSING));
  }

  @Test
  void streamingGivesTheSameWithOutOfOrderSettlementsAndRoutesLateInputs() throws Exception {
    List<LedgerInput> in = new ArrayList<>(inputs());
    in.sort(Comparator.comparingLong(LedgerInput::epochMillis));
    // out-of-order settlements: swap some settlement with the input before it (within the
    // watermark's 1-hour bound)
    for (int i = 1; i < in.size(); i++) {
      if (in.get(i).kind() == LedgerInput.Kind.SETTLEMENT && i % 3 == 0
          && in.get(i).epochMillis() - in.get(i - 1).epochMillis() < H / 2) {
        Collections.swap(in, i, i - 1);
      }
    }
    LedgerInput late = LedgerInput.sizeChange("okx", "ETH", T0 + 2 * H, 9.0);
    in.add(in.size() / 2, late);
    Run run = run(in, RuntimeExecutionMode.STREAMING, 2, StalePolicy.REFUSE, H);
    assertEquals(List.of(late), run.late());
    in.remove(late);
    assertSameAsLibrary(in, run, StalePolicy.REFUSE);
    assertTrue(run.entries().stream().anyMatch(e -> e.status() == EntryStatus.MISSING));
  }

  @Test
  void constructorChecksItsArguments() {
    new NullPointerTester().setDefault(PaymentTerms.class, TERMS)
        .setDefault(StalePolicy.class, StalePolicy.REFUSE)
        .setDefault(Duration.class, Duration.ofSeconds(1))
        .testAllPublicConstructors(LedgerEntries.class);
    assertThrows(IllegalArgumentException.class, () -> new LedgerEntries(TERMS,
        StalePolicy.REFUSE, -1, TIME_TOL, Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> new LedgerEntries(TERMS,
        StalePolicy.REFUSE, 0, TIME_TOL, Duration.ofSeconds(-1)));
  }
}
