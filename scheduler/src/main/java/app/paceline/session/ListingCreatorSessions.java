package app.paceline.session;

import app.paceline.course.Course;
import app.paceline.course.Courses;
import app.paceline.learner.LearnerId;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A creator's live sessions as they stand: the courses they created that have sessions, every occurrence of those
 * (with the creator's moves, cancellations and additions), and how learners answered for one.
 */
public final class ListingCreatorSessions {

    /** How many learners answered live, replay or can't for one occurrence. */
    public record Answers(int live, int replay, int cant) {

        public int total() {
            return live + replay + cant;
        }
    }

    private final Courses courses;
    private final CourseOccurrences occurrences;
    private final Rsvps rsvps;
    private final Clock clock;

    public ListingCreatorSessions(Courses courses, CourseOccurrences occurrences, Rsvps rsvps, Clock clock) {
        this.courses = courses;
        this.occurrences = occurrences;
        this.rsvps = rsvps;
        this.clock = clock;
    }

    /** The courses {@code creator} created that have at least one session, by title. */
    public List<Course> courses(LearnerId creator) {
        return courses.runBy(creator).stream()
                .filter(course -> !course.sessions().isEmpty())
                .toList();
    }

    /** Every occurrence of those courses that is not cancelled, past ones too, earliest first. */
    public List<ScheduledOccurrence> occurrences(LearnerId creator) {
        return courses(creator).stream()
                .flatMap(course -> occurrences.of(course).stream())
                .sorted(Comparator.comparing((ScheduledOccurrence o) -> o.occurrence().start())
                        .thenComparing(o -> o.course().code().value()).thenComparing(o -> o.occurrence().id()))
                .toList();
    }

    /** Those that have not started yet, earliest first. */
    public List<ScheduledOccurrence> coming(LearnerId creator) {
        Instant now = clock.instant();
        return occurrences(creator).stream().filter(o -> o.occurrence().start().isAfter(now)).toList();
    }

    public Answers answers(ScheduledOccurrence occurrence) {
        int live = 0;
        int replay = 0;
        int cant = 0;
        for (RsvpRecord rsvp : rsvps.ofOccurrence(occurrence.course().code(), occurrence.occurrence().id())) {
            switch (rsvp.answer()) {
                case LIVE -> live++;
                case REPLAY -> replay++;
                case CANT -> cant++;
            }
        }
        return new Answers(live, replay, cant);
    }
}
