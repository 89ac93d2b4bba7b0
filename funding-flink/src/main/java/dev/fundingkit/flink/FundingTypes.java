package dev.fundingkit.flink;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;

/**
 * The Flink type information of every value a FundingKit job carries between operators or keeps
 * in state. Each is a flat record of primitives, strings and enums, so Flink serializes it with
 * its own POJO serializer (records are POJOs since Flink 1.19) and a job runs with
 * {@code pipeline.generic-types: false}: no FundingKit object ever reaches Kryo.
 *
 * <p><b>State schema evolution.</b> POJO state evolves the way Flink documents for POJOs: a
 * component may be added (restored state gets its default) or removed; renaming or retyping a
 * component is a new field. FundingKit objects ({@code FundingSeries}, {@code AggregationRule})
 * never enter state, only these records and primitive arrays, so a library upgrade that changes
 * a FundingKit class cannot break a savepoint.
 */
public final class FundingTypes {

  /** Settled rates in. */
  public static final TypeInformation<FundingEvent> FUNDING_EVENT = pojo(FundingEvent.class);
  /** Closed series points out. */
  public static final TypeInformation<SeriesPoint> SERIES_POINT = pojo(SeriesPoint.class);
  /** Missing-settlement holes out. */
  public static final TypeInformation<GapRow> GAP_ROW = pojo(GapRow.class);
  /** Venue readings in (cross-venue aggregation). */
  public static final TypeInformation<VenueRateReading> VENUE_RATE_READING =
      pojo(VenueRateReading.class);
  /** Cross-venue aggregates out. */
  public static final TypeInformation<AggregateRow> AGGREGATE_ROW = pojo(AggregateRow.class);

  /** Rolling OU fits out. */
  public static final TypeInformation<OuWindowRow> OU_WINDOW_ROW = pojo(OuWindowRow.class);
  /** Regime episodes out. */
  public static final TypeInformation<EpisodeRow> EPISODE_ROW = pojo(EpisodeRow.class);

  /** Premium samples in. */
  public static final TypeInformation<PremiumTick> PREMIUM_TICK = pojo(PremiumTick.class);
  /** Settled and predicted rates from premiums out. */
  public static final TypeInformation<PremiumRateRow> PREMIUM_RATE_ROW =
      pojo(PremiumRateRow.class);

  /** Ledger inputs (settlements, size changes, booked payments) in. */
  public static final TypeInformation<LedgerInput> LEDGER_INPUT = pojo(LedgerInput.class);
  /** Ledger entries out. */
  public static final TypeInformation<LedgerEntryRow> LEDGER_ENTRY_ROW =
      pojo(LedgerEntryRow.class);
  /** Reconciliation lines out. */
  public static final TypeInformation<ReconciliationRow> RECONCILIATION_ROW =
      pojo(ReconciliationRow.class);

  private FundingTypes() {}

  private static <T> TypeInformation<T> pojo(Class<T> type) {
    TypeInformation<T> info = TypeInformation.of(type);
    if (!(info instanceof PojoTypeInfo)) {
      throw new IllegalStateException(type.getName() + " is not a Flink POJO (" + info
          + "); it would fall back to Kryo");
    }
    return info;
  }
}
