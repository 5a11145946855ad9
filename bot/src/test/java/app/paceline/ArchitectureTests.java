package app.paceline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The module rules of docs/architecture: frameworks only in adapter packages, no wall-clock reads anywhere, the
 * engine and the words independent of the bot, features without cycles.
 */
class ArchitectureTests {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.paceline");

    /** Packages allowed to import a framework: adapters, the Telegram edge, wiring, and the fake Bot API. */
    private static final String[] ADAPTERS = {"..mongo..", "..quartz..", "..telegram..", "..web..", "app.paceline.config..",
            "app.paceline.fakebotapi.."};

    @Test
    void theRulesSeeEveryModule() {
        // Guards against rules that pass because the importer found nothing to check.
        for (Class<?> type : new Class<?>[] {app.paceline.learner.Learner.class, app.paceline.prompts.Prompts.class,
                app.paceline.schedule.RunningDueWork.class, app.paceline.bot.command.UpdateRouter.class,
                app.paceline.fakebotapi.FakeBotApi.class}) {
            org.assertj.core.api.Assertions.assertThat(MAIN.contain(type)).as(type.getName()).isTrue();
        }
    }

    @Test
    void theDomainAndHandlersImportNoFramework() {
        ArchRule rule = noClasses().that().resideOutsideOfPackages(ADAPTERS)
                .and().doNotHaveFullyQualifiedName(PacelineApplication.class.getName())
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.quartz..", "org.telegram..", "com.mongodb..", "org.bson..",
                        "de.bwaldvogel..", "okhttp3..");
        rule.check(MAIN);
    }

    @Test
    void nothingReadsTheWallClock() {
        ArchRule rule = noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.LocalTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(java.time.ZoneId.class, "systemDefault")
                .because("time is an input: one injected Clock (docs: architecture §4)");
        rule.check(MAIN);
    }

    @Test
    void theEngineAndTheWordsKnowNothingOfTheBot() {
        noClasses().that().resideInAnyPackage("app.paceline.prompts..")
                .should().dependOnClassesThat().resideOutsideOfPackages("app.paceline.prompts..", "java..", "com.ibm.icu..")
                .check(MAIN);
        noClasses().that().resideInAnyPackage("app.paceline.learner..", "app.paceline.schedule..", "app.paceline.time..")
                .should().dependOnClassesThat().resideInAnyPackage("app.paceline.bot..", "app.paceline.config..", "app.paceline.prompts..")
                .check(MAIN);
    }

    @Test
    void featuresAndBotPartsHaveNoCycles() {
        slices().matching("app.paceline.(*)..").should().beFreeOfCycles().check(MAIN);
        slices().matching("app.paceline.bot.(*)..").should().beFreeOfCycles().check(MAIN);
    }
}
