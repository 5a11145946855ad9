package app.paceline.course;

import app.paceline.learner.LearnerId;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who may create new courses on this bot ({@code PACELINE_CREATORS}): anyone, or only the listed Telegram users.
 * It decides only who may create a course; whoever owns or co-creates a course may always update and manage it, so
 * a co-creator invited by an owner needs no place on the list.
 *
 * @param only the users allowed, or empty for anyone
 */
public record CourseCreators(Optional<Set<LearnerId>> only) {

    public CourseCreators {
        only = only.map(Set::copyOf);
    }

    public static CourseCreators anyone() {
        return new CourseCreators(Optional.empty());
    }

    public static CourseCreators only(Set<LearnerId> users) {
        return new CourseCreators(Optional.of(users));
    }

    /**
     * Reads the setting: {@code anyone} (or nothing), or Telegram user ids separated by commas or spaces.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static CourseCreators parse(String setting) {
        String value = setting == null ? "" : setting.strip();
        if (value.isEmpty() || value.equalsIgnoreCase("anyone")) {
            return anyone();
        }
        Set<LearnerId> users = new LinkedHashSet<>();
        for (String part : value.split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            long id;
            try {
                id = Long.parseLong(part);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("PACELINE_CREATORS is \"anyone\" or Telegram user ids separated by commas; \""
                        + part + "\" is not a user id");
            }
            if (id <= 0) {
                throw new IllegalArgumentException("PACELINE_CREATORS: a Telegram user id is a positive number, not " + part);
            }
            users.add(new LearnerId(id));
        }
        return only(users);
    }

    public boolean mayCreate(LearnerId user) {
        return only.map(users -> users.contains(user)).orElse(true);
    }
}
