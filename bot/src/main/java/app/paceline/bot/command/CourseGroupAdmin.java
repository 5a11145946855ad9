package app.paceline.bot.command;

import app.paceline.bot.inbound.ChatKind;
import app.paceline.bot.inbound.Inbound;
import app.paceline.course.Course;
import app.paceline.course.CourseGroups;
import app.paceline.course.Courses;
import app.paceline.prompts.Prompts;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who may act for a course in its group: an admin of the group (Telegram asked at this moment, through the cached
 * {@link GroupAdmins}), or an anonymous admin writing as the group (only admins can). Admin first: someone who is not
 * learns nothing, not even whether the group has a course.
 */
public final class CourseGroupAdmin {

    /** What the check found. */
    public sealed interface Verdict {
        /** An admin, in a group linked to {@code course}. */
        record Allowed(Course course) implements Verdict {
        }

        /** Not an admin of the group (or not a group). */
        record NotAdmin() implements Verdict {
        }

        /** An admin, but the group belongs to no course. */
        record NotLinked() implements Verdict {
        }
    }

    private final GroupAdmins admins;
    private final CourseGroups groups;
    private final Courses courses;
    private final Prompts prompts;
    private final Supplier<String> botUsername;

    public CourseGroupAdmin(GroupAdmins admins, CourseGroups groups, Courses courses, Prompts prompts, Supplier<String> botUsername) {
        this.admins = admins;
        this.groups = groups;
        this.courses = courses;
        this.prompts = prompts;
        this.botUsername = botUsername;
    }

    /**
     * Checks the sender of {@code inbound}. A button press always comes from a real user (Telegram names the presser
     * even when the message was asked for by an anonymous admin), so only messages can be let in as the group.
     */
    public Verdict check(Inbound inbound) {
        if (inbound.chatKind() != ChatKind.GROUP) {
            return new Verdict.NotAdmin();
        }
        boolean asGroup = inbound.sender().asGroup() && !(inbound instanceof Inbound.ButtonPress);
        boolean admin = asGroup || (inbound.sender().userId() != 0 && admins.isAdmin(inbound.chatId(), inbound.sender().userId()));
        if (!admin) {
            return new Verdict.NotAdmin();
        }
        Optional<Course> course = groups.courseOf(inbound.chatId()).flatMap(courses::find);
        return course.<Verdict>map(Verdict.Allowed::new).orElseGet(Verdict.NotLinked::new);
    }

    /** The answer to a refused verdict. */
    public String refusal(Verdict verdict, Locale locale) {
        if (verdict instanceof Verdict.NotLinked) {
            return prompts.render(locale, "announce.not_linked", Map.of("bot", botUsername.get()));
        }
        return prompts.render(locale, "announce.not_admin");
    }
}
