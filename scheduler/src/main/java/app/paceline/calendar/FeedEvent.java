package app.paceline.calendar;

import app.paceline.learner.LearnerId;
import app.paceline.session.ScheduledOccurrence;
import app.paceline.calendar.LearnerAssignments.Standing;
import java.time.Instant;

/**
 * One event of a learner's calendar feed, with the assignment it is about. Its {@link #uid()} is the same on every
 * read and unique across learners, so a calendar app replaces the event it already has instead of adding another;
 * a moved slot is a new slot (its id is its start), so the old event disappears and a new one appears.
 */
public sealed interface FeedEvent {

    Instant start();

    Instant end();

    String uid();

    /** An event about an assignment. */
    sealed interface OfAssignment extends FeedEvent {
        Standing standing();
    }

    /** Time the learner booked for the assignment, from its start for the assignment's effort at booking. */
    record Slot(Standing standing, BookedSlot slot) implements OfAssignment {

        @Override
        public Instant start() {
            return slot.start();
        }

        @Override
        public Instant end() {
            return slot.end();
        }

        @Override
        public String uid() {
            return "slot:" + standing.ref().key() + ":" + slot.id();
        }
    }

    /** The deadline of unfinished work. */
    record Due(Standing standing) implements OfAssignment {

        /** A deadline shows as a short event at the due time. */
        public static final java.time.Duration LENGTH = java.time.Duration.ofMinutes(15);

        @Override
        public Instant start() {
            return standing.window().due();
        }

        @Override
        public Instant end() {
            return start().plus(LENGTH);
        }

        @Override
        public String uid() {
            return "due:" + standing.ref().key();
        }
    }

    /**
     * An occurrence of a live session. Its UID holds the occurrence id, which a move keeps, so a moved occurrence
     * updates the event in place; a cancelled one disappears.
     */
    record Session(LearnerId learner, ScheduledOccurrence occurrence) implements FeedEvent {

        @Override
        public Instant start() {
            return occurrence.occurrence().start();
        }

        @Override
        public Instant end() {
            return occurrence.occurrence().end();
        }

        @Override
        public String uid() {
            return "live:" + learner.value() + ":" + occurrence.course().code().value() + ":" + occurrence.occurrence().id();
        }
    }
}
