package app.paceline.calendar;

import app.paceline.course.Assignment;
import app.paceline.course.Course;
import app.paceline.course.CourseCode;
import app.paceline.course.DeadlineWindow;
import app.paceline.course.Enrollment;
import app.paceline.course.Enrollments;
import app.paceline.course.Courses;
import app.paceline.course.ListingCourses;
import app.paceline.learner.LearnerId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A learner's assignments as they stand for them: each with its course, its deadline window resolved for their
 * enrollment, and their progress. The one walk over enrolled courses that planning, the agenda and nudges share.
 */
public final class LearnerAssignments {

    /** One assignment of one active enrollment. */
    public record Standing(Course course, Assignment assignment, AssignmentRef ref, DeadlineWindow window,
                           AssignmentProgress progress) {
    }

    private final ListingCourses listing;
    private final Courses courses;
    private final Enrollments enrollments;
    private final AssignmentProgresses progresses;

    public LearnerAssignments(ListingCourses listing, Courses courses, Enrollments enrollments, AssignmentProgresses progresses) {
        this.listing = listing;
        this.courses = courses;
        this.enrollments = enrollments;
        this.progresses = progresses;
    }

    /** Every assignment of the learner's active courses. */
    public List<Standing> of(LearnerId learner) {
        List<Standing> all = new ArrayList<>();
        for (var enrolled : listing.of(learner).enrolled()) {
            for (Assignment assignment : enrolled.course().assignments()) {
                all.add(standing(enrolled.course(), enrolled.enrollment(), assignment));
            }
        }
        return all;
    }

    /** One assignment, if the learner is (still) enrolled and it is (still) in the course. */
    public Optional<Standing> find(AssignmentRef ref) {
        Optional<Course> course = courses.find(ref.course());
        Optional<Enrollment> enrollment = enrollments.find(ref.learner(), ref.course()).filter(Enrollment::isActive);
        Optional<Assignment> assignment = course.flatMap(c -> c.assignment(ref.assignmentId()));
        if (course.isEmpty() || enrollment.isEmpty() || assignment.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(standing(course.get(), enrollment.get(), assignment.get()));
    }

    /** Every assignment of one course for the learner. */
    public List<Standing> inCourse(LearnerId learner, CourseCode code) {
        return courses.find(code).stream()
                .flatMap(course -> course.assignments().stream())
                .map(assignment -> find(new AssignmentRef(learner, code, assignment.id())))
                .flatMap(Optional::stream)
                .toList();
    }

    private Standing standing(Course course, Enrollment enrollment, Assignment assignment) {
        var ref = new AssignmentRef(enrollment.learner(), course.code(), assignment.id());
        var window = assignment.window().resolve(course.zone(), enrollment.joinedAt());
        var progress = progresses.find(ref).orElseGet(() -> AssignmentProgress.untouched(ref));
        return new Standing(course, assignment, ref, window, progress);
    }
}
