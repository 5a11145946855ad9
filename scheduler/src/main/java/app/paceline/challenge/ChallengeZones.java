package app.paceline.challenge;

import app.paceline.course.Course;
import app.paceline.learner.Learner;
import app.paceline.learner.LearnerId;
import app.paceline.learner.Learners;
import java.time.ZoneId;
import java.util.Optional;

/** The zone a learner's challenge days follow: their own, or the course's until they chose one. */
final class ChallengeZones {

    private ChallengeZones() {
    }

    static ZoneId of(Learners learners, LearnerId learner, Course course) {
        return of(learners.find(learner), course);
    }

    /** The same for a learner already read (or not found). */
    static ZoneId of(Optional<Learner> learner, Course course) {
        return learner.flatMap(Learner::timeZone).orElse(course.zone());
    }
}
