/** The only code that imports Quartz: the metronome job. Its trigger is configured by the application. */
package app.paceline.schedule.quartz;
