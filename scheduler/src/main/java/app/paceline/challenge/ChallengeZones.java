package app.paceline.challenge;

import app.paceline.course.Course;
import app.paceline.learner.Learner;
import app.paceline.learner.LearnerId;
import app.paceline.learner.Learners;
import java.time.ZoneId;

/** The zone a learner's challenge days follow: their own, or the course's until they chose one. */
final class ChallengeZones {

    private ChallengeZones() {
    }

    static ZoneId of(Learners learners, LearnerId learner, Course course) {
        return learners.find(learner).flatMap(Learner::timeZone).orElse(course.zone());
    }
}
