package dev.fundingkit.examples.report.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.series.FundingGap;
import dev.fundingkit.core.series.FundingSeries;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * The page model as the JSON the page's script reads, written once per page. Series are
 * column arrays (times as a first epoch-ms {@code t0} and steps {@code dt}, values, and the
 * interval as runs {@code [firstIndex, ms]}); the equity curve on the primary's times says so;
 * a comparison series that is the primary refers to it instead of repeating it. Instants are
 * epoch milliseconds, rates {@code [value, intervalMs]}, values rounded to 10 significant
 * digits (venues publish 8 decimals at most), non-finite numbers {@code null}.
 *
 * <p>Stateless and thread-safe.
 */
public final class PageJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final MathContext DIGITS = new MathContext(10);

  private PageJson() {}

  /**
   * The model as JSON text, safe to place inside an HTML {@code script} element (every
   * {@code <} is escaped).
   *
   * @param page the page model
   * @return compact JSON
   * @throws NullPointerException if {@code page} is null
   */
  public static String of(ReportPage page) {
    Objects.requireNonNull(page, "page");
    ObjectNode j = MAPPER.createObjectNode();
    j.put("title", page.title());
    j.put("synthetic", page.synthetic());
    j.set("primary", series(page.primaryLabel(), page.primary()));
    ArrayNode comparison = j.putArray("comparison");
    for (ReportPage.NamedSeries s : page.comparison()) {
      if (s.series().equals(page.primary())) {
        ObjectNode ref = comparison.addObject();
        ref.put("label", s.label());
        ref.put("isPrimary", true);
      } else {
        comparison.add(series(s.label(), s.series()));
      }
    }
    ArrayNode spread = j.putArray("spread");
    page.spread().forEach(spread::add);
    ArrayNode heat = j.putArray("heatmap");
    for (ReportPage.HeatCell c : page.heatmap()) {
      ObjectNode o = heat.addObject();
      o.put("venue", c.venue());
      o.put("symbol", c.symbol());
      o.set("mean", rate(c.mean()));
    }
    ArrayNode levels = j.putArray("levels");
    for (ReportPage.Level l : page.levels()) {
      ObjectNode o = levels.addObject();
      o.put("label", l.label());
      o.put("role", l.role());
      o.set("rate", rate(l.rate()));
    }
    ArrayNode signals = j.putArray("signals");
    for (ReportPage.Signal s : page.signals()) {
      ObjectNode o = signals.addObject();
      o.put("t", s.time().toEpochMilli());
      o.set("rate", rate(s.rate()));
      num(o, "z", s.z());
      o.put("kind", s.kind());
    }
    ArrayNode episodes = j.putArray("episodes");
    for (ReportPage.Episode e : page.episodes()) {
      ObjectNode o = episodes.addObject();
      o.put("kind", e.kind());
      o.put("cause", e.cause());
      o.put("start", ms(e.start()));
      o.put("end", ms(e.end()));
      o.put("settlements", e.settlements());
      o.set("min", rate(e.minimum()));
      o.set("mean", rate(e.mean()));
      o.put("evidence", e.evidence());
    }
    ArrayNode gaps = j.putArray("gaps");
    for (ReportPage.SeriesGap g : page.gaps()) {
      FundingGap gap = g.gap();
      ObjectNode o = gaps.addObject();
      o.put("series", g.series());
      o.put("lastBefore", ms(gap.lastBefore()));
      o.put("firstAfter", ms(gap.firstAfter()));
      o.put("intervalMs", gap.interval().toMillis());
      o.put("missing", gap.missingSettlements());
    }
    ArrayNode hl = j.putArray("halfLives");
    for (ReportPage.HalfLife h : page.halfLives()) {
      ObjectNode o = hl.addObject();
      o.put("start", ms(h.start()));
      o.put("end", ms(h.end()));
      o.put("status", h.status().name());
      num(o, "hours", h.hours());
      num(o, "lower", h.lower());
      num(o, "upper", h.upper());
      o.put("unbounded", h.upper() == Double.POSITIVE_INFINITY);
      o.put("note", h.note());
    }
    ReportPage.Backtest bt = page.backtest();
    ObjectNode b = j.putObject("backtest");
    b.put("remark", bt.remark());
    ArrayNode trades = b.putArray("trades");
    for (ReportPage.Trade t : bt.trades()) {
      ObjectNode o = trades.addObject();
      o.put("entry", ms(t.entry()));
      o.put("exit", ms(t.exit()));
      o.put("open", t.open());
      o.put("settlements", t.settlements());
      num(o, "funding", t.funding());
      num(o, "borrow", t.borrow());
      num(o, "net", t.net());
    }
    if (bt.equityTimes().equals(Arrays.asList(page.primary().toInstants()))) {
      b.put("t", "primary");
    } else {
      times(b, bt.equityTimes().stream().mapToLong(Instant::toEpochMilli).toArray());
    }
    ArrayNode ev = b.putArray("equity");
    bt.equity().forEach(v -> ev.add(round(v)));
    ArrayNode figures = j.putArray("figures");
    for (ReportPage.Figure f : page.figures()) {
      ObjectNode o = figures.addObject();
      o.put("section", f.section());
      o.put("label", f.label());
      o.put("kind", f.kind().name());
      num(o, "value", f.value());
      o.put("intervalMs", f.intervalMillis());
      o.put("text", f.text());
    }
    ArrayNode prov = j.putArray("provenance");
    for (ReportPage.Fact f : page.provenance()) {
      prov.addObject().put("label", f.label()).put("value", f.value());
    }
    ArrayNode inj = j.putArray("injected");
    for (ReportPage.Injected e : page.injected()) {
      ObjectNode o = inj.addObject();
      o.put("kind", e.kind());
      o.put("start", ms(e.start()));
      o.put("end", ms(e.end()));
      o.set("level", rate(e.level()));
      num(o, "spotChange", e.spotChange());
      o.put("story", e.story());
    }
    ArrayNode notes = j.putArray("notes");
    page.notes().forEach(notes::add);
    try {
      return MAPPER.writeValueAsString(j).replace("<", "\\u003c");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the page model", e);
    }
  }

  private static ObjectNode series(String label, FundingSeries s) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("label", label);
    s.venue().ifPresent(v -> o.put("venue", v));
    s.symbol().ifPresent(v -> o.put("symbol", v));
    o.put("intervalLabel", s.intervalLabel());
    times(o, s.epochMillis());
    ArrayNode v = o.putArray("v");
    ArrayNode iv = o.putArray("iv");
    long last = -1;
    for (int i = 0; i < s.size(); i++) {
      v.add(round(s.value(i)));
      long ms = s.intervalMillis(i);
      if (ms != last) {
        iv.addArray().add(i).add(ms);
        last = ms;
      }
    }
    return o;
  }

  /** Times as the first epoch-ms {@code t0} and the steps {@code dt} after it. */
  private static void times(ObjectNode o, long[] ms) {
    o.put("t0", ms.length == 0 ? 0 : ms[0]);
    ArrayNode dt = o.putArray("dt");
    for (int i = 1; i < ms.length; i++) {
      dt.add(ms[i] - ms[i - 1]);
    }
  }

  private static ArrayNode rate(FundingRate r) {
    return MAPPER.createArrayNode().add(round(r.value())).add(r.interval().toMillis());
  }

  private static long ms(Instant t) {
    return t.toEpochMilli();
  }

  private static void num(ObjectNode o, String field, double x) {
    if (Double.isFinite(x)) {
      o.put(field, round(x));
    } else {
      o.putNull(field);
    }
  }

  private static double round(double x) {
    return x == 0 ? 0.0 : new BigDecimal(x).round(DIGITS).doubleValue();
  }
}
