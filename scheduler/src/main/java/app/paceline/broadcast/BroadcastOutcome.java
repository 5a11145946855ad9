package app.paceline.broadcast;

/** What came of asking to send a broadcast. */
public sealed interface BroadcastOutcome {

    /** It is on its way to {@code recipients} learners; the progress message follows. */
    record Started(Broadcast broadcast) implements BroadcastOutcome {
        public int recipients() {
            return broadcast.recipients().size();
        }
    }

    /** No such course, or the user may not broadcast in it: the same answer, so nothing is learnt about the course. */
    record NotAllowed() implements BroadcastOutcome {
    }

    /** Nobody is enrolled in the course. */
    record NoLearners() implements BroadcastOutcome {
    }

    /** The text is empty (or only spaces). */
    record Empty() implements BroadcastOutcome {
    }

    /** The text is longer than {@code max} characters. */
    record TooLong(int length, int max) implements BroadcastOutcome {
    }

    /** Another broadcast to this course is still going out; one at a time per course. */
    record AlreadyRunning(Broadcast running) implements BroadcastOutcome {
    }
}
