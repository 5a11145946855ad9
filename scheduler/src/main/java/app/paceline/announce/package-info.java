/**
 * Group announcements: posts that a group's admin (or a course's creator, in private) has the bot make in a course's
 * linked group, now, once at a time, or every week on a weekday at a course-local time, optionally pinned.
 *
 * <p>{@link app.paceline.announce.Announcing} checks and stores one and plans its first post through the delivery
 * engine; {@link app.paceline.announce.PostingAnnouncements} (metronome) moves a weekly one on to its next post;
 * {@link app.paceline.announce.CancellingAnnouncements} withdraws one. Who may do it (Telegram group admins) is the
 * bot's to check: this package knows nothing of Telegram. Port: {@link app.paceline.announce.Announcements}.
 */
package app.paceline.announce;
