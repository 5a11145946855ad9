package app.paceline.session;

import app.paceline.course.CourseCode;
import app.paceline.learner.LearnerId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link Rsvps} in a map, for use-case and handler tests. */
public final class InMemoryRsvps implements Rsvps {

    private final Map<String, RsvpRecord> rsvps = new ConcurrentHashMap<>();

    @Override
    public Optional<RsvpRecord> find(CourseCode course, String occurrenceId, LearnerId learner) {
        return Optional.ofNullable(rsvps.get(course.value() + "|" + occurrenceId + "|" + learner.value()));
    }

    @Override
    public void save(RsvpRecord rsvp) {
        rsvps.put(rsvp.course().value() + "|" + rsvp.occurrenceId() + "|" + rsvp.learner().value(), rsvp);
    }

    @Override
    public List<RsvpRecord> ofOccurrence(CourseCode course, String occurrenceId) {
        return rsvps.values().stream().filter(r -> r.course().equals(course) && r.occurrenceId().equals(occurrenceId)).toList();
    }
}
