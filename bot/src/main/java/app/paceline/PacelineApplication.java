package app.paceline;

import app.paceline.config.CourseImportCommandLine;
import app.paceline.config.SandboxCommandLine;
import app.paceline.config.SettingsCheck;
import app.paceline.config.StoreCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Paceline: a Telegram bot that keeps learners of online courses on pace. Configuration comes from the
 * environment (see README); a bad setting stops startup with one line naming it and a non-zero exit code.
 */
@SpringBootApplication
public class PacelineApplication {

    /** Exit code for a missing or malformed setting, so scripts can tell it from a crash. */
    static final int EXIT_BAD_SETTING = 2;

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(CourseImportCommandLine.COMMAND)) {
            System.exit(CourseImportCommandLine.run(java.util.Arrays.asList(args).subList(1, args.length)));
        }
        if (args.length > 0 && args[0].equals(StoreCommandLine.COMMAND)) {
            System.exit(StoreCommandLine.run(java.util.Arrays.asList(args).subList(1, args.length)));
        }
        if (args.length > 0 && args[0].equals(SandboxCommandLine.COMMAND)) {
            System.exit(SandboxCommandLine.run(java.util.Arrays.asList(args).subList(1, args.length)));
        }
        SpringApplication application = new SpringApplication(PacelineApplication.class);
        application.addListeners(new SettingsCheck());
        try {
            application.run(args);
        } catch (RuntimeException e) {
            // Spring has already reported it: one line for a bad setting, the full trace for anything unexpected.
            System.exit(SettingsCheck.isBadSetting(e) ? EXIT_BAD_SETTING : 1);
        }
    }
}
