package app.paceline.challenge;

import app.paceline.course.Challenge;
import app.paceline.course.Course;
import app.paceline.course.CourseCode;
import app.paceline.course.Courses;
import app.paceline.course.EnrollOutcome;
import app.paceline.course.EnrollingLearner;
import app.paceline.learner.LearnerId;
import java.util.Optional;

/**
 * Joins a challenge by its own link, {@code t.me/<bot>?start=<course code>--<challenge id>}: the learner joins the
 * course if they are not in it (which joins its challenges), and the challenge itself again if they had left it,
 * with their progress kept. A payload that is not such a link is not this use case's.
 */
public final class JoiningChallenge {

    /** Between the course code and the challenge id in a challenge's link. */
    public static final String SEPARATOR = "--";

    /** What joining by a challenge link did: to the course, and to the challenge. */
    public record Joined(Course course, Challenge challenge, EnrollOutcome enrollment, JoinOutcome outcome) {
    }

    private final Courses courses;
    private final EnrollingLearner enrolling;
    private final FollowingChallenges following;

    public JoiningChallenge(Courses courses, EnrollingLearner enrolling, FollowingChallenges following) {
        this.courses = courses;
        this.enrolling = enrolling;
        this.following = following;
    }

    /** The start payload of a challenge's link. */
    public static String payload(CourseCode course, String challenge) {
        return course.value() + SEPARATOR + challenge;
    }

    /** Empty when {@code payload} names no challenge of an existing course. */
    public Optional<Joined> join(LearnerId learner, String payload) {
        String text = payload == null ? "" : payload.strip();
        int separator = text.lastIndexOf(SEPARATOR);
        if (separator <= 0) {
            return Optional.empty();
        }
        Optional<Course> course = CourseCode.parse(text.substring(0, separator)).flatMap(courses::find);
        Optional<Challenge> challenge = course.flatMap(c -> c.challenge(text.substring(separator + SEPARATOR.length())));
        if (challenge.isEmpty()) {
            return Optional.empty();
        }
        EnrollOutcome enrolled = enrolling.enroll(learner, course.get().code().value());
        JoinOutcome outcome = following.join(learner, course.get(), challenge.get());
        return Optional.of(new Joined(course.get(), challenge.get(), enrolled, outcome));
    }
}
