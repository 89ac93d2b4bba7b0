package dev.fundingkit.core.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.formula.FundingCap;
import dev.fundingkit.core.formula.MarginRates;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class SymbolTermsTest {

  private static final Duration H4 = Duration.ofHours(4);
  private static final Duration H8 = Duration.ofHours(8);
  private static final MarginRates BTC = MarginRates.of(0.008, 0.004);

  @Test
  void capAndMargin_areAlternatives() {
    SymbolTerms terms = SymbolTerms.of(H4).withInterest(0).withMargin(BTC);
    assertEquals(Optional.of(BTC), terms.margin());
    assertEquals(OptionalDouble.of(0), terms.interest());
    SymbolTerms capped = terms.withCap(FundingCap.symmetric(0.02));
    assertEquals(Optional.empty(), capped.margin());
    assertEquals(Optional.of(FundingCap.symmetric(0.02)), capped.cap());
    assertEquals(Optional.empty(), capped.withMargin(BTC).cap());
    assertEquals(H8, capped.withInterval(H8).interval());
    assertEquals("SymbolTerms[4h, interest 0%, cap ±2%]", capped.toString());
    assertEquals("SymbolTerms[4h, interest 0%, IMR 0.008 MMR 0.004]", terms.toString());
    assertTrue(SymbolTerms.of(H8).interest().isEmpty());
  }

  @Test
  void badInput_isRejectedNamingTheParameter() {
    assertEquals("interest must be finite, was NaN", assertThrows(IllegalArgumentException.class,
        () -> SymbolTerms.of(H8).withInterest(Double.NaN)).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> SymbolTerms.of(H8).withInterest(Double.POSITIVE_INFINITY));
    assertEquals("interval must be positive, was PT0S", assertThrows(
        IllegalArgumentException.class, () -> SymbolTerms.of(Duration.ZERO)).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> SymbolTerms.of(H8).withInterval(Duration.ofHours(-4)));
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Duration.class, H8)
        .setDefault(FundingCap.class, FundingCap.none())
        .setDefault(MarginRates.class, BTC);
    tester.testAllPublicStaticMethods(SymbolTerms.class);
    tester.testAllPublicInstanceMethods(SymbolTerms.of(H8));
  }

  @Test
  void valueEquality() {
    new EqualsTester()
        .addEqualityGroup(SymbolTerms.of(H8), SymbolTerms.of(Duration.ofMinutes(480)))
        .addEqualityGroup(SymbolTerms.of(H4))
        .addEqualityGroup(SymbolTerms.of(H8).withInterest(0))
        .addEqualityGroup(SymbolTerms.of(H8).withCap(FundingCap.symmetric(0.003)))
        .addEqualityGroup(SymbolTerms.of(H8).withMargin(BTC),
            SymbolTerms.of(H8).withCap(FundingCap.symmetric(0.003)).withMargin(BTC))
        .testEquals();
  }
}
