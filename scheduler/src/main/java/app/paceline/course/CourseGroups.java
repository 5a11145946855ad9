package app.paceline.course;

import java.util.Map;
import java.util.Optional;

/** Which Telegram group belongs to which course: at most one group per course and one course per group. */
public interface CourseGroups {

    Optional<Long> groupOf(CourseCode course);

    Optional<CourseCode> courseOf(long groupChatId);

    /** Every course that has a group, with its group's chat id (for work that visits every group, e.g. boards). */
    Map<CourseCode, Long> linked();

    /** Links the group to the course, replacing the course's earlier group and the group's earlier course. */
    void link(CourseCode course, long groupChatId);
}
