/**
 * Course statistics for creators: how a course's learners stand at the clock's now ({@link
 * app.paceline.stats.CohortStats}, read by {@link app.paceline.stats.ReadingCohortStats}), the same per learner as a
 * table for export ({@link app.paceline.stats.ExportingCohort}), and a creator's one-tap nudge to a learner, at most
 * once per learner and local day ({@link app.paceline.stats.NudgingLearner}). Only a course's creator and co-creators
 * ({@link app.paceline.course.Course#isEditableBy}) get anything. It owns no store: it reads the enrollments, the
 * challenge progress, the assignment progress, the RSVPs and the watched recordings, and plans nudges through the
 * delivery engine. How each state is defined is in {@link app.paceline.stats.CohortMember}.
 */
package app.paceline.stats;
