/**
 * The metronome's contract: features register {@link app.paceline.schedule.DueWork} and
 * {@link app.paceline.schedule.RunningDueWork} runs them all for one instant per tick. Quartz only fires the tick
 * (see {@code quartz/}); when things are due is decided by each feature against the injected clock, never by
 * Quartz misfire rules.
 */
package app.paceline.schedule;
