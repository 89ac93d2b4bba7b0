package dev.fundingkit.stats.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.fundingkit.core.schedule.IntervalInference;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * The rules of funding-stats' shape: it builds on core and Commons Math/RNG only, has no
 * package cycles, never reads the clock, and never infers an interval itself (it takes a
 * {@code FundingSeries}, whose intervals core's one inference or the data supplied).
 */
class StatsArchitectureTest {

  private static final JavaClasses STATS = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.fundingkit.stats");

  @Test
  void statsDependsOnCoreAndCommonsOnly() {
    classes().should().onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "dev.fundingkit.core..", "dev.fundingkit.stats..",
            "org.apache.commons.math3..", "org.apache.commons.rng..")
        .check(STATS);
  }

  @Test
  void statsPackagesHaveNoCycles() {
    slices().matching("dev.fundingkit.stats.(*)..").should().beFreeOfCycles().check(STATS);
  }

  @Test
  void statsNeverInfersIntervalsItself() {
    noClasses().should().dependOnClassesThat().areAssignableTo(IntervalInference.class)
        .check(STATS);
  }

  @Test
  void statsNeverReadsTheClock() {
    noClasses().should().callMethod(Instant.class, "now")
        .orShould().callMethod(Clock.class, "systemUTC")
        .orShould().callMethod(Clock.class, "systemDefaultZone")
        .orShould().callMethod(LocalDate.class, "now")
        .orShould().callMethod(LocalDateTime.class, "now")
        .orShould().callMethod(ZonedDateTime.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .check(STATS);
  }
}
