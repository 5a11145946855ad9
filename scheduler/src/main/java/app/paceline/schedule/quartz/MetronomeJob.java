package app.paceline.schedule.quartz;

import app.paceline.schedule.RunningDueWork;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * The Quartz job that fires every second and runs the due work. It holds no logic: a slow tick delays the next
 * one instead of overlapping it ({@link DisallowConcurrentExecution}), and missed ticks are not replayed.
 */
@DisallowConcurrentExecution
public class MetronomeJob implements Job {

    /** The job's Quartz identity. */
    public static final String NAME = "metronome";

    private final RunningDueWork runningDueWork;

    public MetronomeJob(RunningDueWork runningDueWork) {
        this.runningDueWork = runningDueWork;
    }

    @Override
    public void execute(JobExecutionContext context) {
        runningDueWork.runDue();
    }
}
