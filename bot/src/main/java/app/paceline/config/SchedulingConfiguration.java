package app.paceline.config;

import app.paceline.schedule.Leadership;
import app.paceline.schedule.DueWork;
import app.paceline.schedule.RunningDueWork;
import app.paceline.schedule.quartz.MetronomeJob;
import java.time.Clock;
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
