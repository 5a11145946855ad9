/**
 * Live sessions: occurrences of a course's sessions (with the creator's one-off moves, cancellations and extra
 * occurrences), each learner's RSVP (live, replay or can't), and the nudges before each occurrence in the learner's
 * own time.
 */
package app.paceline.session;
