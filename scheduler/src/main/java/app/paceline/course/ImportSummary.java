package app.paceline.course;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a re-import changed, by assignment id in file order: added, changed (title, link, effort or window) and
 * removed assignments, whether the title or time zone changed, how many learners are enrolled and see it, and the
 * ids of sessions added, changed or removed, and of challenges added, changed or removed.
 * Removing an assignment is allowed even when learners planned it; their plans for it lapse, which is why the
 * creator is told how many learners there are.
 */
public record ImportSummary(List<String> added, List<String> changed, List<String> removed, boolean titleChanged,
                            boolean zoneChanged, int activeLearners, List<String> sessionsChanged,
                            List<String> challengesChanged) {

    public ImportSummary {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
        sessionsChanged = List.copyOf(sessionsChanged);
        challengesChanged = List.copyOf(challengesChanged);
    }

    /** A summary of a course without challenges. */
    public ImportSummary(List<String> added, List<String> changed, List<String> removed, boolean titleChanged,
                         boolean zoneChanged, int activeLearners, List<String> sessionsChanged) {
        this(added, changed, removed, titleChanged, zoneChanged, activeLearners, sessionsChanged, List.of());
    }

    /** The difference from {@code before} to {@code after}. */
    public static ImportSummary between(Course before, Course after, int activeLearners) {
        Map<String, Assignment> old = before.assignments().stream()
                .collect(Collectors.toMap(Assignment::id, Function.identity()));
        Map<String, Assignment> now = after.assignments().stream()
                .collect(Collectors.toMap(Assignment::id, Function.identity()));
        List<String> added = after.assignments().stream().map(Assignment::id).filter(id -> !old.containsKey(id)).toList();
        List<String> changed = after.assignments().stream()
                .filter(a -> old.containsKey(a.id()) && !old.get(a.id()).equals(a)).map(Assignment::id).toList();
        List<String> removed = before.assignments().stream().map(Assignment::id).filter(id -> !now.containsKey(id)).toList();
        Map<String, Session> oldSessions = before.sessions().stream().collect(Collectors.toMap(Session::id, Function.identity()));
        Map<String, Session> newSessions = after.sessions().stream().collect(Collectors.toMap(Session::id, Function.identity()));
        List<String> sessionsChanged = new java.util.ArrayList<>();
        after.sessions().stream().filter(session -> !session.equals(oldSessions.get(session.id()))).forEach(s -> sessionsChanged.add(s.id()));
        before.sessions().stream().filter(session -> !newSessions.containsKey(session.id())).forEach(s -> sessionsChanged.add(s.id()));
        List<String> challengesChanged = new java.util.ArrayList<>();
        after.challenges().stream().filter(challenge -> !before.challenge(challenge.id()).equals(Optional.of(challenge)))
                .forEach(c -> challengesChanged.add(c.id()));
        before.challenges().stream().filter(challenge -> after.challenge(challenge.id()).isEmpty())
                .forEach(c -> challengesChanged.add(c.id()));
        return new ImportSummary(added, changed, removed, !before.title().equals(after.title()),
                !before.zone().equals(after.zone()), activeLearners, sessionsChanged, challengesChanged);
    }

    /** True when the file said exactly what was stored already. */
    public boolean isUnchanged() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty() && !titleChanged && !zoneChanged
                && sessionsChanged.isEmpty() && challengesChanged.isEmpty();
    }
}
