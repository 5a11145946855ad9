package app.paceline.calendar;

import app.paceline.calendar.LearnerAssignments.Standing;
import java.time.Instant;

/**
 * One event of a learner's calendar feed, with the assignment it is about. Its {@link #uid()} is the same on every
 * read and unique across learners, so a calendar app replaces the event it already has instead of adding another;
 * a moved slot is a new slot (its id is its start), so the old event disappears and a new one appears.
 */
public sealed interface FeedEvent {

    Standing standing();

    Instant start();

    String uid();

    /** Time the learner booked for the assignment, from its start for the assignment's effort at booking. */
    record Slot(Standing standing, BookedSlot slot) implements FeedEvent {

        @Override
        public Instant start() {
            return slot.start();
        }

        public Instant end() {
            return slot.end();
        }

        @Override
        public String uid() {
            return "slot:" + standing.ref().key() + ":" + slot.id();
        }
    }

    /** The deadline of unfinished work. */
    record Due(Standing standing) implements FeedEvent {

        @Override
        public Instant start() {
            return standing.window().due();
        }

        @Override
        public String uid() {
            return "due:" + standing.ref().key();
        }
    }
}
