package app.paceline.config;

import app.paceline.time.SimulatedClock;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's one {@link Clock}. Real UTC time by default; a {@link SimulatedClock} when
 * {@code PACELINE_CLOCK_START} or {@code PACELINE_CLOCK_SPEED} is set, announced loudly because every reminder
 * then fires on simulated time.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ClockConfiguration.class);

    @Bean
    Clock clock(ClockProperties properties) {
        Clock real = Clock.systemUTC();
        return properties.simulation().<Clock>map(simulation -> {
            var clock = new SimulatedClock(real, simulation.start().orElseGet(real::instant), simulation.speed());
            LOG.warn("**********************************************************************************");
            LOG.warn("SIMULATED TIME: the clock starts at {} and runs {}x real time.", clock.instant(), simulation.speed());
            LOG.warn("Every reminder, nudge and drip follows this clock. Never run production like this.");
            LOG.warn("**********************************************************************************");
            return clock;
        }).orElse(real);
    }
}
