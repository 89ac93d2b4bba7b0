package dev.fundingkit.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * The rules of funding-core's shape, checked on its compiled classes: JDK only, no package
 * cycles, and no reading of the clock (the library never calls {@code now()}: every instant is
 * the caller's, so a backtest and a live run compute the same thing).
 */
class CoreArchitectureTest {

  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.fundingkit.core");

  @Test
  void coreDependsOnTheJdkOnly() {
    classes().should().onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "dev.fundingkit.core..")
        .check(CORE);
  }

  @Test
  void corePackagesHaveNoCycles() {
    slices().matching("dev.fundingkit.core.(*)..").should().beFreeOfCycles().check(CORE);
  }

  @Test
  void coreNeverReadsTheClock() {
    noClasses().should().callMethod(Instant.class, "now")
        .orShould().callMethod(Clock.class, "systemUTC")
        .orShould().callMethod(Clock.class, "systemDefaultZone")
        .orShould().callMethod(LocalDate.class, "now")
        .orShould().callMethod(LocalDateTime.class, "now")
        .orShould().callMethod(ZonedDateTime.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .check(CORE);
  }
}
