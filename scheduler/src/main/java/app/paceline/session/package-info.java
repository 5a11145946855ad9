/**
 * Live sessions: occurrences of a course's sessions (with the creator's one-off moves, cancellations and extra
 * occurrences), each learner's RSVP (live, replay or can't), and the nudges before each occurrence in the learner's
 * own time. After an occurrence its creator gets a summary of the answers ({@link app.paceline.session.SessionSummaries})
 * and may post the recording ({@link app.paceline.session.PostingReplay}), which goes to everyone who did not answer
 * live with a watch-by date and one reminder ({@link app.paceline.session.ReplayDeliveries}) until they mark it
 * watched ({@link app.paceline.session.WatchingReplay}). Ports: {@code Rsvps}, {@code OccurrenceChanges},
 * {@code Replays}, {@code WatchedReplays}.
 */
package app.paceline.session;
