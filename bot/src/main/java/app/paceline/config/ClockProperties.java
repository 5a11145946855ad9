package app.paceline.config;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Simulated time, for previews, demos and acceptance runs. Off unless {@code start} or {@code speed} is set.
 *
 * @param start ISO instant the simulated clock starts at ({@code PACELINE_CLOCK_START}, e.g.
 *              {@code 2026-12-01T07:00:00Z}); the real time when only a speed is given
 * @param speed simulated seconds per real second ({@code PACELINE_CLOCK_SPEED}, e.g. {@code 3600}); 1 when only
 *              a start is given, 0 stops the clock
 */
@ConfigurationProperties("paceline.clock")
public record ClockProperties(String start, String speed) {

    /** The validated simulation, or empty when the application runs on real time. */
    public Optional<Simulation> simulation() {
        return of(start, speed);
    }

    /** A simulated clock's settings, parsed. */
    public record Simulation(Optional<Instant> start, double speed) {
    }

    static Optional<Simulation> of(String start, String speed) {
        boolean hasStart = start != null && !start.isBlank();
        boolean hasSpeed = speed != null && !speed.isBlank();
        if (!hasStart && !hasSpeed) {
            return Optional.empty();
        }
        Optional<Instant> startInstant = Optional.empty();
        if (hasStart) {
            try {
                startInstant = Optional.of(Instant.parse(start.strip()));
            } catch (DateTimeParseException e) {
                throw new InvalidSettingException("PACELINE_CLOCK_START must be an ISO instant in UTC such as "
                        + "2026-12-01T07:00:00Z; was: " + start.strip());
            }
        }
        double factor = 1;
        if (hasSpeed) {
            try {
                factor = Double.parseDouble(speed.strip());
            } catch (NumberFormatException e) {
                factor = -1;
            }
            if (!(factor >= 0) || Double.isInfinite(factor)) {
                throw new InvalidSettingException("PACELINE_CLOCK_SPEED must be a number ≥ 0 (simulated seconds per "
                        + "real second, e.g. 3600 for one hour per second); was: " + speed.strip());
            }
        }
        return Optional.of(new Simulation(startInstant, factor));
    }
}
