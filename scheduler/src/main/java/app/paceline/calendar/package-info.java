/**
 * The personal calendar: learners book their own time for self-paced work inside each assignment's window, and
 * are reminded at that time through the delivery engine. Owns {@link app.paceline.calendar.AssignmentProgresses}
 * (bookings and done-ness per learner and assignment) and {@link app.paceline.calendar.FeedTokens} (the secret
 * addresses of learners' calendar feeds, {@link app.paceline.calendar.SubscribingToFeed} and
 * {@link app.paceline.calendar.ReadingFeed}). Parsing typed times lives in {@code input/}; the MongoDB adapters in
 * {@code mongo/}.
 */
package app.paceline.calendar;
