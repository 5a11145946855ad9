package app.paceline.challenge;

import app.paceline.course.CourseCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link ChallengeBoards} in memory, with the same field-by-field writes as the Mongo store. */
public final class InMemoryChallengeBoards implements ChallengeBoards {

    private final Map<String, ChallengeBoard> byId = new ConcurrentHashMap<>();

    @Override
    public Optional<ChallengeBoard> find(CourseCode course, String challenge, LocalDate date) {
        return Optional.ofNullable(byId.get(ChallengeBoard.idOf(course, challenge, date)));
    }

    @Override
    public Optional<ChallengeBoard> latestBefore(CourseCode course, String challenge, LocalDate date) {
        return byId.values().stream()
                .filter(b -> b.course().equals(course) && b.challenge().equals(challenge) && b.date().isBefore(date))
                .max(Comparator.comparing(ChallengeBoard::date));
    }

    @Override
    public boolean add(ChallengeBoard board) {
        return byId.putIfAbsent(board.id(), board) == null;
    }

    @Override
    public void edited(String id, String digest, int edits, Instant at) {
        byId.computeIfPresent(id, (key, b) -> new ChallengeBoard(b.course(), b.challenge(), b.date(), b.groupChatId(),
                b.messageId(), digest, b.posts(), edits, b.shown(), at));
    }

    @Override
    public void reposted(String id, long groupChatId, String digest, int posts, Instant at) {
        byId.computeIfPresent(id, (key, b) -> new ChallengeBoard(b.course(), b.challenge(), b.date(), groupChatId,
                Optional.empty(), digest, posts, b.edits(), b.shown(), at));
    }

    @Override
    public void shown(String id, long groupChatId, long messageId, int edit) {
        byId.computeIfPresent(id, (key, b) -> b.groupChatId() != groupChatId ? b : new ChallengeBoard(b.course(),
                b.challenge(), b.date(), b.groupChatId(), Optional.of(messageId), b.digest(), b.posts(), b.edits(),
                Math.max(b.shown(), edit), b.plannedAt()));
    }

    /** Every board, oldest date first. */
    public List<ChallengeBoard> all() {
        return byId.values().stream().sorted(Comparator.comparing(ChallengeBoard::date)).toList();
    }
}
