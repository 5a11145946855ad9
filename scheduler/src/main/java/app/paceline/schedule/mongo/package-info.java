/** MongoDB adapter of the metronome's lease. */
package app.paceline.schedule.mongo;
