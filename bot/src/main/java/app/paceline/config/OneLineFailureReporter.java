package app.paceline.config;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/**
 * Prints a startup failure that Spring Boot understood (a bad setting, a port in use) as one line on standard
 * error, instead of the multi-line report; failures nobody understood still get their full stack trace logged.
 */
final class OneLineFailureReporter implements FailureAnalysisReporter {

    @Override
    public void report(FailureAnalysis analysis) {
        String action = analysis.getAction() == null ? "" : analysis.getAction().strip();
        String line = (analysis.getDescription().strip() + (action.isEmpty() ? "" : " " + action))
                .replaceAll("\\s*\\R\\s*", " ");
        System.err.println("Paceline cannot start: " + line);
    }
}
