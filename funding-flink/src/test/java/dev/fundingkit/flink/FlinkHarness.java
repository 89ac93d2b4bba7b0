package dev.fundingkit.flink;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;

/** One MiniCluster for the module's tests, and environments with generic types disabled. */
final class FlinkHarness {

  /** Shared by every test class (registered statically in each). */
  static MiniClusterExtension cluster() {
    return new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
        .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());
  }

  private FlinkHarness() {}

  static StreamExecutionEnvironment env(RuntimeExecutionMode mode, int parallelism) {
    Configuration conf = new Configuration();
    conf.set(PipelineOptions.GENERIC_TYPES, false);
    conf.set(ExecutionOptions.RUNTIME_MODE, mode);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(parallelism);
    env.getConfig().setAutoWatermarkInterval(0);
    return env;
  }

  /**
   * Watermarks emitted on every element at (max timestamp seen − 1 − outOfOrder): deterministic
   * event time, so late elements are late on every run.
   */
  static <T> WatermarkStrategy<T> punctuated(SerializableTimestampAssigner<T> ts,
      long outOfOrder) {
    return WatermarkStrategy.<T>forGenerator(c -> new WatermarkGenerator<T>() {
      private long max = Long.MIN_VALUE + outOfOrder + 1;

      @Override
      public void onEvent(T event, long timestamp, WatermarkOutput out) {
        max = Math.max(max, timestamp);
        out.emitWatermark(new Watermark(max - outOfOrder - 1));
      }

      @Override
      public void onPeriodicEmit(WatermarkOutput out) {}
    }).withTimestampAssigner(ts);
  }

  static <T> List<T> drain(CloseableIterator<T> it) throws Exception {
    List<T> out = new ArrayList<>();
    try (it) {
      it.forEachRemaining(out::add);
    }
    return out;
  }

  static <T> CloseableIterator<T> collect(DataStream<T> stream) {
    return stream.collectAsync();
  }
}
