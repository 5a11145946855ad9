package app.paceline.sandbox.web;

import java.util.List;
import java.util.Optional;

/**
 * Who is in the sandbox: its personas, the course's group, the example course and the bot's username.
 *
 * @param personas    the people one can chat as, in the order the page lists them
 * @param groupId     the course group's chat id
 * @param groupTitle  the course group's title
 * @param courseCode  the example course's code (its join link's payload)
 * @param botUsername the fake bot's username, for {@code t.me} links
 */
public record SandboxCast(List<Persona> personas, long groupId, String groupTitle, String courseCode, String botUsername) {

    public static final String CREATOR = "creator";

    /** The sandbox's cast: two learners far apart, the creator, a group admin and a group member. */
    public static SandboxCast standard(String courseCode, String botUsername) {
        long group = -1001000000042L;
        String groupTitle = "Sourdough sandbox group";
        return new SandboxCast(List.of(
                new Persona("tokyo", 7002, "Aiko", "en", "Learner in Tokyo", 7002, "Aiko (Tokyo)"),
                new Persona("new-york", 7003, "Noah", "en", "Learner in New York", 7003, "Noah (New York)"),
                new Persona(CREATOR, 7001, "Chris", "en", "Course creator", 7001, "Chris (creator)"),
                new Persona("group-admin", 7004, "Gita", "en", "Admin of the course group", group, groupTitle),
                new Persona("group-member", 7005, "Mo", "en", "Member of the course group", group, groupTitle)),
                group, groupTitle, courseCode, botUsername);
    }

    public Optional<Persona> persona(String key) {
        return personas.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    public Persona creator() {
        return persona(CREATOR).orElseThrow();
    }

    /** The course's join link, as the bot writes it. */
    public String joinLink() {
        return "https://t.me/" + botUsername + "?start=" + courseCode;
    }
}
