package dev.fundingkit.stats.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import com.google.common.testing.SerializableTester;
import dev.fundingkit.core.rate.FundingRate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FundingForecastTest {

  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
  private static final FundingRate LATEST = FundingRate.of(-3e-4, Duration.ofHours(8));

  private static FundingForecast forecast(double expected, double sd) {
    return new FundingForecast(T0, Duration.ofDays(7), LATEST, expected, sd, ForecastModel.OU);
  }

  @Test
  void band_isExpectedPlusMinus1point96Sd_andRatePerHorizon() {
    FundingForecast f = forecast(0.002, 0.001);
    // 0.002 ∓ 1.959963984540054 × 0.001
    assertEquals(0.000040036015459946, f.bandLow(), 1e-18);
    assertEquals(0.003959963984540054, f.bandHigh(), 1e-18);
    assertEquals(FundingRate.of(0.002, Duration.ofDays(7)), f.expectedRate());
    // P(accrual > 0) = Φ(2) = 0.9772498680518208
    assertEquals(0.9772498680518208, f.probabilityAbove(0), 1e-15);
    FundingForecast sure = forecast(0.002, 0);
    assertEquals(1.0, sure.probabilityAbove(0.001));
    assertEquals(0.0, sure.probabilityAbove(0.003));
  }

  @Test
  void validation_equality_serialization() throws Exception {
    assertThrows(IllegalArgumentException.class, () -> forecast(Double.NaN, 1));
    assertThrows(IllegalArgumentException.class, () -> forecast(0, -1));
    assertEquals(0.0, 1 / forecast(-0.0, 0).expected() > 0 ? 0.0 : 1.0);
    new EqualsTester()
        .addEqualityGroup(forecast(0.002, 0.001), forecast(0.002, 0.001))
        .addEqualityGroup(forecast(0.003, 0.001))
        .addEqualityGroup(forecast(0.002, 0.002))
        .addEqualityGroup(new FundingForecast(T0, Duration.ofDays(7), LATEST, 0.002, 0.001,
            ForecastModel.TWO_TIMESCALE))
        .testEquals();
    SerializableTester.reserializeAndAssert(forecast(0.002, 0.001));
    new NullPointerTester().testAllPublicInstanceMethods(forecast(0.002, 0.001));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(forecast(1, 1));
    }
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(forecast(1, 1), in.readObject());
    }
    java.lang.reflect.Method m = FundingForecast.class.getDeclaredMethod("readObject",
        ObjectInputStream.class);
    m.setAccessible(true);
    assertThrows(InvalidObjectException.class, () -> {
      try {
        m.invoke(forecast(1, 1), (Object) null);
      } catch (java.lang.reflect.InvocationTargetException e) {
        throw e.getCause();
      }
    });
  }

  @Test
  void aCertainForecast_exactlyAtTheThreshold_isNotAbove() {
    assertEquals(0.0, forecast(0.002, 0).probabilityAbove(0.002));
  }

  @Test
  void reverseCarryProbability_readsTheNanosOfTheHorizon() {
    // Horizon 3600.5 s: the borrow of 8760 a year costs 8760 × (3600.5/3600 h) / 8760 h =
    // 3600.5/3600 over it. Oracle: probabilityAbove at that threshold, worked out by hand.
    FundingForecast f = new FundingForecast(T0, Duration.ofSeconds(3600, 500_000_000), LATEST,
        1.0, 0.001, ForecastModel.OU);
    assertEquals(f.probabilityAbove(3600.5 / 3600), f.probabilityReverseCarryProfitable(8760),
        1e-12);
    assertEquals(Duration.ofSeconds(3600, 500_000_000), f.horizon());
  }

  @Test
  void hashCodeAndText() {
    assertNotEquals(forecast(0.002, 0.001).hashCode(), forecast(0.003, 0.001).hashCode());
    assertEquals("FundingForecast[OU from=2025-01-01T00:00:00Z horizon=PT168H latest="
        + LATEST + " expected=0.002 sd=0.001]", forecast(0.002, 0.001).toString());
  }
}
