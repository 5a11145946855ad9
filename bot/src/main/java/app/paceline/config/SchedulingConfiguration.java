package app.paceline.config;

import app.paceline.schedule.Leadership;
import app.paceline.schedule.DueWork;
import app.paceline.schedule.RunningDueWork;
import app.paceline.schedule.quartz.MetronomeJob;
import java.time.Clock;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The metronome: a Quartz job every second that runs every {@link DueWork} bean for the current instant of the
 * application clock. Missed ticks are skipped (the work they would have done is still due at the next one).
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

    @Bean
    RunningDueWork runningDueWork(Clock clock, ObjectProvider<DueWork> works, Leadership leadership) {
        return new RunningDueWork(clock, works.orderedStream().toList(), leadership);
    }

    /**
     * {@code metronome} in {@code /actuator/health}: whether this instance runs the timed work now (one of several
     * does; the others take over when it stops renewing its lease) and its name on the lease.
     */
    @Bean
    HealthIndicator metronomeHealthIndicator(Leadership leadership) {
        return () -> Health.up().withDetail("leading", leadership.leading()).withDetail("instance", leadership.holder()).build();
    }

    @Bean
    JobDetail metronomeJob() {
        return JobBuilder.newJob(MetronomeJob.class).withIdentity(MetronomeJob.NAME).storeDurably().build();
    }

    @Bean
    Trigger metronomeTrigger(JobDetail metronomeJob) {
        return TriggerBuilder.newTrigger()
                .forJob(metronomeJob)
                .withIdentity(MetronomeJob.NAME)
                .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(1)
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }
}
