package app.paceline.challenge;

import app.paceline.course.Challenge;
import app.paceline.course.Course;
import app.paceline.course.CourseCode;
import app.paceline.course.Courses;
import app.paceline.learner.LearnerId;
import app.paceline.learner.Learners;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A learner's challenges, for {@code /challenge}, {@code /catchup} and {@code /today}. */
public final class ListingChallenges {

    private final ChallengeEnrollments enrollments;
    private final Courses courses;
    private final Learners learners;

    public ListingChallenges(ChallengeEnrollments enrollments, Courses courses, Learners learners) {
        this.enrollments = enrollments;
        this.courses = courses;
        this.learners = learners;
    }

    /** The learner's active challenges whose course still has them, in course and file order. */
    public List<ChallengeStanding> of(LearnerId learner) {
        List<ChallengeStanding> standings = new ArrayList<>();
        for (ChallengeEnrollment enrollment : enrollments.ofLearner(learner)) {
            if (enrollment.isActive()) {
                standing(enrollment).ifPresent(standings::add);
            }
        }
        standings.sort(Comparator.comparing((ChallengeStanding s) -> s.course().code().value())
                .thenComparing(s -> s.course().challenges().indexOf(s.challenge())));
        return standings;
    }

    /** One of the learner's challenges, while they are in it. */
    public Optional<ChallengeStanding> of(LearnerId learner, CourseCode course, String challenge) {
        return enrollments.find(learner, course, challenge).filter(ChallengeEnrollment::isActive).flatMap(this::standing);
    }

    private Optional<ChallengeStanding> standing(ChallengeEnrollment enrollment) {
        Optional<Course> course = courses.find(enrollment.course());
        Optional<Challenge> challenge = course.flatMap(c -> c.challenge(enrollment.challenge()));
        if (challenge.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ChallengeStanding.of(course.get(), challenge.get(), enrollment,
                ChallengeZones.of(learners, enrollment.learner(), course.get())));
    }
}
