package app.paceline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
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

    /** Any {@code now(...)} of java.time except {@code now(Clock)}, which reads the injected clock. */
    private static final DescribedPredicate<JavaMethodCall> WALL_CLOCK_NOW = new DescribedPredicate<>("a java.time now() without a Clock") {
        @Override
        public boolean test(JavaMethodCall call) {
            return call.getTargetOwner().getPackageName().equals("java.time")
                    && call.getName().equals("now")
                    && !call.getTarget().getRawParameterTypes().stream().anyMatch(type -> type.isEquivalentTo(java.time.Clock.class));
        }
    };

    @Test
    void nothingReadsTheWallClock() {
        ArchRule rule = noClasses().should().callMethodWhere(WALL_CLOCK_NOW)
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(java.time.ZoneId.class, "systemDefault")
                .orShould().callConstructor(java.util.Date.class)
                .because("time is an input: one injected Clock (docs: architecture §4)");
        rule.check(MAIN);
    }

    @Test
    void onlyTheWiringAndTheFakeCreateASystemClock() {
        noClasses().that().resideOutsideOfPackages("app.paceline.config..", "app.paceline.fakebotapi..")
                .should().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .check(MAIN);
    }

    @Test
    void theEngineAndTheWordsKnowNothingOfTheBot() {
        noClasses().that().resideInAnyPackage("app.paceline.prompts..")
                .should().dependOnClassesThat().resideOutsideOfPackages("app.paceline.prompts..", "java..", "com.ibm.icu..")
                .check(MAIN);
        noClasses().that().resideInAPackage("app.paceline..")
                .and().resideOutsideOfPackages("app.paceline.bot..", "app.paceline.config..", "app.paceline.prompts..",
                        "app.paceline.fakebotapi..")
                .and().doNotHaveFullyQualifiedName(PacelineApplication.class.getName())
                .should().dependOnClassesThat().resideInAnyPackage("app.paceline.bot..", "app.paceline.config..", "app.paceline.prompts..")
                .because("scheduler/ (every feature package) knows nothing of the bot or of words")
                .check(MAIN);
    }

    @Test
    void featuresAndBotPartsHaveNoCycles() {
        slices().matching("app.paceline.(*)..").should().beFreeOfCycles().check(MAIN);
        slices().matching("app.paceline.bot.(*)..").should().beFreeOfCycles().check(MAIN);
    }
}
