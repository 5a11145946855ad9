package app.paceline.course;

import app.paceline.learner.LearnerId;
import java.util.Objects;
import java.util.Optional;

/**
 * Links a Telegram group to a course, asked in the group by someone who is both the course's creator and an
 * admin of the group (Telegram says who is). A course has one group; linking another moves it there. Then live
 * sessions are announced in the group ({@link CourseEvents#groupLinked}).
 */
public final class LinkingGroup {

    /** What came of it. Only {@link Linked} stored anything. */
    public sealed interface Outcome {
        record Linked(Course course) implements Outcome {
        }

        record UnknownCourse(String code) implements Outcome {
        }

        record NotTheCreator(Course course) implements Outcome {
        }

        record NotAnAdmin() implements Outcome {
        }
    }

    private final Courses courses;
    private final CourseGroups groups;
    private final CourseEvents events;

    public LinkingGroup(Courses courses, CourseGroups groups, CourseEvents events) {
        this.courses = Objects.requireNonNull(courses);
        this.groups = Objects.requireNonNull(groups);
        this.events = Objects.requireNonNull(events);
    }

    /**
     * @param groupAdmin whether Telegram lists {@code user} as an admin (or the owner) of the group
     */
    public Outcome link(LearnerId user, long groupChatId, String code, boolean groupAdmin) {
        Optional<Course> course = CourseCode.parse(code == null ? null : code.strip()).flatMap(courses::find);
        if (course.isEmpty()) {
            return new Outcome.UnknownCourse(code == null ? "" : code.strip());
        }
        if (!course.get().isEditableBy(user)) {
            return new Outcome.NotTheCreator(course.get());
        }
        if (!groupAdmin) {
            return new Outcome.NotAnAdmin();
        }
        groups.link(course.get().code(), groupChatId);
        events.groupLinked(course.get(), groupChatId);
        return new Outcome.Linked(course.get());
    }
}
