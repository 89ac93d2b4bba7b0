package dev.fundingkit.flink;

import dev.fundingkit.core.aggregate.AggregationRule;
import dev.fundingkit.core.aggregate.Weighting;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.util.CloseableIterator;

/**
 * The FundingKit job over every symbol of every venue: settled rates → per-(venue, symbol)
 * {@code FundingSeries}-equal segments and their holes ({@link SettledSegments}), then the closed
 * points → the cross-venue aggregate per base asset and hour ({@link CrossVenueAggregation}) and
 * the rolling OU fits and regime episodes per key ({@link RollingStatistics}).
 *
 * <p>Run over the shared multi-venue files in BATCH mode with
 * {@code FundingPipeline <dataDir> <outDir> [parallelism [discard]]}; it writes {@code series.csv},
 * {@code gaps.csv}, {@code aggregate.csv}, {@code ou.csv} and {@code episodes.csv} to {@code outDir} and prints records per second.
 * Generic types are disabled ({@code pipeline.generic-types: false}): every record is a Flink
 * POJO from {@link FundingTypes}.
 *
 * <p><b>Aggregation settings.</b> The shared files carry no open interest, so the job weighs
 * markets equally ({@link #AGGREGATION}); a market (venue and its symbol, so a venue's USDT and
 * USDC perps are two contributors) is stale after 8 hours, one interval of the slowest venues.
 *
 * <p>{@code FundingSeries} here names the library type whose points the segments reproduce.
 */
public final class FundingPipeline {

  /** Equal weights (the files have no open interest), 8h common interval, 8h maximum age. */
  public static final AggregationRule AGGREGATION =
      AggregationRule.of(Weighting.EQUAL).withMaxAge(Duration.ofHours(8));
  /** The aggregation grid. */
  public static final Duration STEP = Duration.ofHours(1);
  /** The rolling OU window: 30 days, 90 settlements of an 8-hour venue. */
  public static final Duration OU_WINDOW = Duration.ofDays(30);
  /** The series operator's segment ({@link SettledSegments#defaults()}): one day. */
  public static final Duration SEGMENT = Duration.ofDays(1);
  /** How far successive OU windows move. */
  public static final Duration OU_STEP = Duration.ofDays(7);

  private FundingPipeline() {}

  /**
   * What the job produced, collected.
   *
   * @param series every closed series point
   * @param gaps every hole
   * @param aggregates every cross-venue aggregate
   * @param fits every rolling OU window's fit
   * @param episodes every regime episode of every rolling window
   */
  public record Outputs(List<SeriesPoint> series, List<GapRow> gaps,
      List<AggregateRow> aggregates, List<OuWindowRow> fits, List<EpisodeRow> episodes) {

    /**
     * Copies the lists.
     *
     * @param series the points
     * @param gaps the holes
     * @param aggregates the aggregates
     * @param fits the rolling fits
     * @param episodes the episodes
     * @throws NullPointerException if a list is null
     */
    public Outputs {
      series = List.copyOf(series);
      gaps = List.copyOf(gaps);
      aggregates = List.copyOf(aggregates);
      fits = List.copyOf(fits);
      episodes = List.copyOf(episodes);
    }
  }

  /**
   * An environment with FundingKit's settings: generic types disabled, the given mode and
   * parallelism.
   *
   * @param mode BATCH for bounded history, STREAMING for live
   * @param parallelism the default parallelism, positive
   * @return the environment
   * @throws NullPointerException if {@code mode} is null
   * @throws IllegalArgumentException if {@code parallelism} is not positive
   */
  public static StreamExecutionEnvironment environment(RuntimeExecutionMode mode,
      int parallelism) {
    Objects.requireNonNull(mode, "mode");
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be >= 1, was " + parallelism);
    }
    Configuration conf = new Configuration();
    conf.set(PipelineOptions.GENERIC_TYPES, false);
    conf.set(ExecutionOptions.RUNTIME_MODE, mode);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(parallelism);
    return env;
  }

  /**
   * Builds the job on {@code env} over a bounded list of settled rates, runs it and collects
   * its outputs.
   *
   * @param env the environment (see {@link #environment(RuntimeExecutionMode, int)})
   * @param events the settled rates, any order in BATCH mode
   * @return the outputs
   * @throws NullPointerException if an argument is null
   * @throws Exception if the job fails
   */
  public static Outputs run(StreamExecutionEnvironment env, List<FundingEvent> events)
      throws Exception {
    Objects.requireNonNull(env, "env");
    Objects.requireNonNull(events, "events");
    Graph j = build(env, events);
    SingleOutputStreamOperator<SeriesPoint> series = j.series();
    SingleOutputStreamOperator<AggregateRow> aggregates = j.aggregates();
    CloseableIterator<SeriesPoint> s = series.collectAsync();
    CloseableIterator<GapRow> g = series.getSideOutput(SettledSegments.GAPS).collectAsync();
    CloseableIterator<AggregateRow> a = aggregates.collectAsync();
    CloseableIterator<OuWindowRow> o = j.fits().collectAsync();
    CloseableIterator<EpisodeRow> ep =
        j.fits().getSideOutput(RollingStatistics.EPISODES).collectAsync();
    JobClient job = env.executeAsync("fundingkit-pipeline");
    // Each collect sink has a bounded buffer: drain all at once or the job stalls.
    CompletableFuture<List<SeriesPoint>> fs = CompletableFuture.supplyAsync(() -> drain(s));
    CompletableFuture<List<GapRow>> fg = CompletableFuture.supplyAsync(() -> drain(g));
    CompletableFuture<List<AggregateRow>> fa = CompletableFuture.supplyAsync(() -> drain(a));
    CompletableFuture<List<OuWindowRow>> fo = CompletableFuture.supplyAsync(() -> drain(o));
    CompletableFuture<List<EpisodeRow>> fe = CompletableFuture.supplyAsync(() -> drain(ep));
    Outputs out = new Outputs(fs.get(), fg.get(), fa.get(), fo.get(), fe.get());
    job.getJobExecutionResult().get();
    return out;
  }

  /**
   * The job's operators on a stream of settled rates: what {@link #run} collects, for callers
   * that bring their own source (an unbounded one runs it live) and sinks.
   *
   * @param series the closed series points; {@link SettledSegments#GAPS} and
   *     {@link SettledSegments#LATE} are its side outputs
   * @param aggregates the cross-venue aggregates; {@link CrossVenueAggregation#LATE} is its
   *     side output
   * @param fits the rolling OU fits; {@link RollingStatistics#EPISODES} and
   *     {@link RollingStatistics#LATE} are its side outputs
   */
  public record Graph(SingleOutputStreamOperator<SeriesPoint> series,
      SingleOutputStreamOperator<AggregateRow> aggregates,
      SingleOutputStreamOperator<OuWindowRow> fits) {

    /**
     * Checks the streams.
     *
     * @param series the series stream
     * @param aggregates the aggregate stream
     * @param fits the fit stream
     * @throws NullPointerException if a stream is null
     */
    public Graph {
      Objects.requireNonNull(series, "series");
      Objects.requireNonNull(aggregates, "aggregates");
      Objects.requireNonNull(fits, "fits");
    }
  }

  private static Graph build(StreamExecutionEnvironment env, List<FundingEvent> events) {
    DataStream<FundingEvent> in = env.fromData(events, FundingTypes.FUNDING_EVENT)
        .assignTimestampsAndWatermarks(WatermarkStrategy
            .<FundingEvent>forBoundedOutOfOrderness(Duration.ofMinutes(1))
            .withTimestampAssigner((e, ts) -> e.epochMillis()));
    return graph(in);
  }

  /**
   * Attaches the job's operators to a stream of settled rates with event-time timestamps and
   * watermarks. Downstream of the series operator, points arrive when their day segment
   * closes, so the aggregation and the rolling statistics allow one segment of lateness: in
   * STREAMING mode they then see every point a BATCH run sees.
   *
   * @param settled the settled rates, timestamped by settlement instant
   * @return the operators' output streams
   * @throws NullPointerException if {@code settled} is null
   */
  public static Graph graph(DataStream<FundingEvent> settled) {
    Objects.requireNonNull(settled, "settled");
    SingleOutputStreamOperator<SeriesPoint> series = settled
        .keyBy(FundingEvent::key, Types.STRING)
        .process(SettledSegments.defaults(), FundingTypes.SERIES_POINT)
        .name("settled-segments");
    SingleOutputStreamOperator<AggregateRow> aggregates = series
        .map(FundingPipeline::reading, FundingTypes.VENUE_RATE_READING)
        .name("to-reading")
        .keyBy(VenueRateReading::symbol, Types.STRING)
        .process(new CrossVenueAggregation(AGGREGATION, STEP, SEGMENT),
            FundingTypes.AGGREGATE_ROW)
        .name("cross-venue-aggregation");
    SingleOutputStreamOperator<OuWindowRow> fits = series
        .keyBy(p -> Keys.of(p.venue(), p.symbol()), Types.STRING)
        .process(new RollingStatistics(OU_WINDOW, OU_STEP, SEGMENT),
            FundingTypes.OU_WINDOW_ROW)
        .name("rolling-statistics");
    return new Graph(series, aggregates, fits);
  }

  /**
   * Runs the job with every output discarded, for throughput figures without the cost of
   * shipping results to the client.
   *
   * @param env the environment
   * @param events the settled rates
   * @return the wall time of the job in nanoseconds
   * @throws NullPointerException if an argument is null
   * @throws Exception if the job fails
   */
  public static long measure(StreamExecutionEnvironment env, List<FundingEvent> events)
      throws Exception {
    Objects.requireNonNull(env, "env");
    Objects.requireNonNull(events, "events");
    Graph j = build(env, events);
    j.series().sinkTo(new DiscardingSink<>());
    j.series().getSideOutput(SettledSegments.GAPS).sinkTo(new DiscardingSink<>());
    j.aggregates().sinkTo(new DiscardingSink<>());
    j.fits().sinkTo(new DiscardingSink<>());
    j.fits().getSideOutput(RollingStatistics.EPISODES).sinkTo(new DiscardingSink<>());
    long start = System.nanoTime();
    env.execute("fundingkit-pipeline-measure");
    return System.nanoTime() - start;
  }

  /**
   * The cross-venue reading a closed series point gives: the market
   * ({@code venue|symbol}) as contributor, the base asset as the aggregation key, no weights.
   *
   * @param p the point
   * @return the reading
   * @throws NullPointerException if {@code p} is null
   */
  public static VenueRateReading reading(SeriesPoint p) {
    return new VenueRateReading(Keys.of(p.venue(), p.symbol()),
        SharedFundingFiles.base(p.symbol()), p.epochMillis(), p.value(), p.intervalMillis(),
        0.0, 0.0);
  }

  private static <T> List<T> drain(CloseableIterator<T> it) {
    List<T> out = new ArrayList<>();
    try (it) {
      it.forEachRemaining(out::add);
    } catch (Exception e) {
      throw new IllegalStateException("collecting a job output failed", e);
    }
    return out;
  }

  /**
   * Runs the job in BATCH mode over the shared files and writes one CSV per output.
   *
   * @param args {@code dataDir outDir [parallelism [discard]]}; {@code discard} runs the
   *     operators with outputs discarded and prints only the throughput
   * @throws Exception if reading, the job or writing fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: FundingPipeline <dataDir> <outDir> [parallelism]");
      System.exit(2);
    }
    Path data = Paths.get(args[0]);
    Path outDir = Paths.get(args[1]);
    int parallelism = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    List<FundingEvent> events = new ArrayList<>();
    for (Path f : SharedFundingFiles.files(data)) {
      events.addAll(SharedFundingFiles.read(f));
    }
    if (events.isEmpty()) {
      System.err.println("no shared multi-venue files under " + data.toAbsolutePath());
      System.exit(1);
    }
    StreamExecutionEnvironment env = environment(RuntimeExecutionMode.BATCH, parallelism);
    if (args.length > 3 && args[3].equals("discard")) {
      double s = measure(env, events) / 1e9;
      System.out.printf(java.util.Locale.ROOT, "parallelism %d, outputs discarded: %d settled "
          + "rates in %.2f s (%.0f input records/s)%n", parallelism, events.size(), s,
          events.size() / s);
      return;
    }
    long start = System.nanoTime();
    Outputs out = run(env, events);
    double seconds = (System.nanoTime() - start) / 1e9;
    Files.createDirectories(outDir);
    write(outDir.resolve("series.csv"),
        "venue,symbol,segment_start_ms,epoch_ms,value,interval_ms,interval_source,missing_before",
        out.series(), p -> p.venue() + "," + p.symbol() + "," + p.segmentStartMillis() + ","
            + p.epochMillis() + "," + p.value() + "," + p.intervalMillis() + "," + p.source()
            + "," + p.missingBefore());
    write(outDir.resolve("gaps.csv"), "venue,symbol,after_ms,before_ms,interval_ms,missing",
        out.gaps(), g -> g.venue() + "," + g.symbol() + "," + g.afterMillis() + ","
            + g.beforeMillis() + "," + g.intervalMillis() + "," + g.missing());
    write(outDir.resolve("aggregate.csv"),
        "symbol,at_ms,value,interval_ms,contributors,weights,excluded", out.aggregates(),
        a -> a.symbol() + "," + a.atMillis() + "," + a.value() + "," + a.intervalMillis() + ","
            + a.contributors() + "," + a.weights() + "," + a.excluded());
    write(outDir.resolve("ou.csv"), "venue,symbol,window_end_ms,points,verdict,phi,theta,"
        + "half_life_h,half_life_lo_h,half_life_hi_h,mu,rate_interval_ms,sigma", out.fits(),
        f -> f.venue() + "," + f.symbol() + "," + f.windowEndMillis() + "," + f.points() + ","
            + f.verdict() + "," + f.phi() + "," + f.theta() + "," + f.halfLifeHours() + ","
            + f.halfLifeLowerHours() + "," + f.halfLifeUpperHours() + "," + f.mu() + ","
            + f.rateIntervalMillis() + "," + f.sigma());
    write(outDir.resolve("episodes.csv"),
        "venue,symbol,window_end_ms,kind,start_ms,end_ms,minimum_per_8h,mean_per_8h",
        out.episodes(), e -> e.venue() + "," + e.symbol() + "," + e.windowEndMillis() + ","
            + e.kind() + "," + e.startMillis() + "," + e.endMillis() + "," + e.minimumRate()
            + "," + e.meanRate());
    System.out.printf(java.util.Locale.ROOT,
        "parallelism %d: %d settled rates -> %d points, %d gaps, %d aggregates, %d OU windows, "
            + "%d episodes in %.2f s (%.0f input records/s)%n",
        parallelism, events.size(), out.series().size(), out.gaps().size(),
        out.aggregates().size(), out.fits().size(), out.episodes().size(), seconds,
        events.size() / seconds);
  }

  private static <T> void write(Path file, String header, List<T> rows,
      java.util.function.Function<T, String> line) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(header);
      w.newLine();
      for (T r : rows) {
        w.write(line.apply(r));
        w.newLine();
      }
    }
  }
}
