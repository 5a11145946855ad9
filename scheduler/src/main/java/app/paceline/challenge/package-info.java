/**
 * Daily challenges: each learner's days released one a day at their own local release time, never locked again
 * before the archive date, one catch-up message for whoever falls behind, progress as days done and a forgiving
 * streak, pause and resume, and a daily board in the course's group.
 *
 * <p>{@link app.paceline.challenge.ReleasingChallengeDays} releases due days on the metronome and hands them to the
 * delivery engine; {@link app.paceline.challenge.TakingPart} is what the learner does; {@link
 * app.paceline.challenge.FollowingChallenges} keeps enrollments in step with courses.
 */
package app.paceline.challenge;
