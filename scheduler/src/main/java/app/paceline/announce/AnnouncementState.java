package app.paceline.announce;

/** Where an announcement is in its life. */
public enum AnnouncementState {
    /** Posts are still to come; {@link Announcement#nextAt()} is the next one. */
    SCHEDULED,
    /** Its one post was handed to the delivery engine; nothing more will come. */
    POSTED,
    /** Withdrawn by an admin before its (next) post. */
    CANCELLED
}
