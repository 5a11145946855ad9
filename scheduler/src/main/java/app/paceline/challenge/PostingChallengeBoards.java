package app.paceline.challenge;

import app.paceline.course.Challenge;
import app.paceline.course.Course;
import app.paceline.course.CourseCode;
import app.paceline.course.CourseGroups;
import app.paceline.course.Courses;
import app.paceline.delivery.DeliveryDecision;
import app.paceline.delivery.DeliveryDecision.Verdict;
import app.paceline.delivery.DeliveryKey;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.DeliveryPlan;
import app.paceline.delivery.PlannedDeliveries;
import app.paceline.delivery.Recipient;
import app.paceline.delivery.Recipients;
import app.paceline.learner.Learner;
import app.paceline.learner.Learners;
import app.paceline.schedule.DueWork;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The daily board of each challenge that has one ({@link Challenge#board()}) in its course's linked group: one
 * message a day, posted at the challenge's release time in the course's zone (and pinned by the bot), then edited in
 * place as learners do the day, at most once per {@code refresh} per board, and only when what it shows changed.
 * What it shows is counted over the challenge's active learners ({@link ChallengeBoardCounts}); only learners who
 * chose to be named ({@link ChallengeEnrollment#showName()}) are named.
 *
 * <p><b>When.</b> A board's date is the latest course-local date whose release time has passed. A cohort challenge
 * has boards from its start date to its last day plus its grace days (day {@code date - start + 1}; during the grace
 * days the board shows who is catching up and who finished); a challenge that starts on joining has one while any of
 * its learners has days out that are not archived yet. No board without a linked group, for a group the bot cannot
 * write to, or for a challenge nobody is in.
 *
 * <p><b>Cheap on the metronome.</b> It runs every second but looks at courses at most once per {@code refresh}, or
 * at the next board's release time if that comes sooner (so a board is posted at its moment, not up to a refresh
 * later), and at once when the clock went back.
 *
 * <p><b>Once.</b> Each board is a record ({@link ChallengeBoards}) added before its post is planned, and its
 * deliveries have deterministic keys ({@code board:<course>:<challenge>:<date>}, {@code ...:edit:<n>}), so a scan
 * repeated, run by two instances, or run again after the clock was set back plans nothing twice. At most one edit
 * of a board is on its way at a time. The Telegram side reports each post's message id, and each edit that is in
 * the group, through {@link #shown} before the engine records it sent; edits are planned only once the message id
 * is known. A post that could not go out (the bot was removed from the group, which then came back) or went to a
 * group the course has since left is posted again (at most {@link #MAX_POSTS} times a day).
 */
public final class PostingChallengeBoards implements DueWork {

    private static final System.Logger LOG = System.getLogger(PostingChallengeBoards.class.getName());
    public static final Duration DEFAULT_REFRESH = Duration.ofMinutes(1);
    /** At most this many names on a board; the others are counted ("and 12 more"). */
    public static final int MAX_NAMES = 30;
    /** At most this many posts of one board (reposts after a failed post or a new group). */
    static final int MAX_POSTS = 5;
    /** Names are cut to this many characters (Telegram's first names are at most 64). */
    static final int MAX_NAME = 64;

    private final ChallengeBoards boards;
    private final ChallengeEnrollments enrollments;
    private final Courses courses;
    private final CourseGroups groups;
    private final Learners learners;
    private final PlannedDeliveries deliveries;
    private final Recipients recipients;
    private final Duration refresh;

    private Instant lastScan;
    private Instant nextScan;

    /**
     * @param refresh how often courses are looked at, and the shortest time between two edits of one board (the
     *                group's limit is 20 messages a minute, edits included)
     */
    public PostingChallengeBoards(ChallengeBoards boards, ChallengeEnrollments enrollments, Courses courses,
                                  CourseGroups groups, Learners learners, PlannedDeliveries deliveries, Recipients recipients,
                                  Duration refresh) {
        if (refresh.isNegative() || refresh.isZero()) {
            throw new IllegalArgumentException("the board refresh must be positive, was " + refresh);
        }
        this.boards = boards;
        this.enrollments = enrollments;
        this.courses = courses;
        this.groups = groups;
        this.learners = learners;
        this.deliveries = deliveries;
        this.recipients = recipients;
        this.refresh = refresh;
    }

    @Override
    public String name() {
        return "challenge-boards";
    }

    @Override
    public synchronized void runDue(Instant now) {
        boolean clockWentBack = lastScan != null && now.isBefore(lastScan);
        if (lastScan != null && !clockWentBack && now.isBefore(nextScan)) {
            return;
        }
        lastScan = now;
        nextScan = now.plus(refresh);
        for (Map.Entry<CourseCode, Long> linked : groups.linked().entrySet()) {
            try {
                course(linked.getKey(), linked.getValue(), now).filter(next -> next.isBefore(nextScan))
                        .ifPresent(next -> nextScan = next);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "could not update the challenge boards of " + linked.getKey().value()
                        + "; trying again at the next refresh", e);
            }
        }
    }

    /**
     * The board is in {@code groupChatId} as message {@code messageId} (later edits change that message), showing edit
     * {@code edit} (0: the post).
     *
     * @param board the board's id ({@link ChallengeBoard#id()}) and {@code edit} its number, as in the delivery's payload
     */
    public void shown(String board, long groupChatId, long messageId, int edit) {
        boards.shown(board, groupChatId, messageId, edit);
    }

    /** Plans the boards of one course; returns when the next of its boards is due, if any is to come. */
    private Optional<Instant> course(CourseCode code, long group, Instant now) {
        Optional<Course> course = courses.find(code);
        Optional<Instant> soonest = Optional.empty();
        if (course.isEmpty()) {
            return soonest;
        }
        for (Challenge challenge : course.get().challenges()) {
            if (!challenge.board()) {
                continue;
            }
            try {
                Optional<Instant> next = board(course.get(), challenge, group, now);
                if (next.isPresent() && (soonest.isEmpty() || next.get().isBefore(soonest.get()))) {
                    soonest = next;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "could not update the board of " + code.value() + ":" + challenge.id()
                        + "; trying again at the next refresh", e);
            }
        }
        return soonest;
    }

    private Optional<Instant> board(Course course, Challenge challenge, long group, Instant now) {
        ZoneId zone = course.zone();
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate date = releaseOn(today, challenge, zone).isAfter(now) ? today.minusDays(1) : today;
        Instant nextRelease = releaseOn(date.plusDays(1), challenge, zone);
        if (challenge.cohortStart().isPresent()) {
            LocalDate start = challenge.cohortStart().get();
            if (date.isAfter(lastDate(challenge))) {
                return Optional.empty();
            }
            if (date.isBefore(start)) {
                return Optional.of(nextRelease);
            }
        }
        if (recipients.isUnreachable(group)) {
            return Optional.of(nextRelease);
        }
        Optional<Map<String, String>> payload = payload(course, challenge, date, now);
        if (payload.isPresent()) {
            plan(course.code(), challenge, date, group, payload.get(), nextRelease, now);
        }
        return Optional.of(nextRelease);
    }

    /** The challenge's release time on a course-local date, in the course's zone (a daylight-saving gap moves it on). */
    private static Instant releaseOn(LocalDate date, Challenge challenge, ZoneId zone) {
        return ZonedDateTime.of(date, challenge.releaseTime(), zone).toInstant();
    }

    /** The last date of a cohort challenge's boards: its last day plus its grace days. */
    private static LocalDate lastDate(Challenge challenge) {
        return challenge.cohortStart().orElseThrow().plusDays(challenge.days().size() - 1L + challenge.graceDays());
    }

    /** What the board of {@code date} shows now; empty when nobody is in the challenge (on that date). */
    Optional<Map<String, String>> payload(Course course, Challenge challenge, LocalDate date, Instant now) {
        int days = challenge.days().size();
        boolean cohort = challenge.cohortStart().isPresent();
        int day = cohort ? Math.toIntExact(ChronoUnit.DAYS.between(challenge.cohortStart().get(), date)) + 1 : 0;
        boolean grace = cohort && day > days;
        Optional<ChallengeBoardCounts> counts = counts(course, challenge, cohort && !grace ? day : 0, now);
        if (counts.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> payload = new HashMap<>();
        payload.put("board", ChallengeBoard.idOf(course.code(), challenge.id(), date));
        payload.put("course", course.code().value());
        payload.put("challenge", challenge.id());
        payload.put("title", challenge.title());
        payload.put("date", date.toString());
        payload.put("days", Integer.toString(days));
        if (!cohort) {
            payload.put("phase", "own");
        } else if (grace) {
            payload.put("phase", "grace");
            payload.put("openUntil", lastDate(challenge).toString());
        } else {
            payload.put("phase", "day");
            payload.put("day", Integer.toString(day));
            payload.put("dayTitle", challenge.day(day).title());
        }
        ChallengeBoardCounts c = counts.get();
        payload.put("learners", Integer.toString(c.learners()));
        payload.put("done", Integer.toString(c.done()));
        payload.put("behind", Integer.toString(c.behind()));
        payload.put("finished", Integer.toString(c.finished()));
        if (!c.names().isEmpty()) {
            payload.put("names", String.join("\n", c.names()));
        }
        payload.put("more", Integer.toString(c.moreNames()));
        return Optional.of(payload);
    }

    /**
     * Counts over the challenge's active learners, as of {@code now}: days due by now count as released even if the
     * release job has not got to them yet, so the counts do not depend on which job ran first.
     *
     * @param day the cohort's day of the board; 0 for a challenge that starts on joining, or in the grace days
     */
    private Optional<ChallengeBoardCounts> counts(Course course, Challenge challenge, int day, Instant now) {
        int days = challenge.days().size();
        boolean cohort = challenge.cohortStart().isPresent();
        int learnersIn = 0;
        int done = 0;
        int behind = 0;
        int finished = 0;
        record Named(String name, Instant at) {
        }
        List<Named> named = new ArrayList<>();
        for (ChallengeEnrollment enrollment : enrollments.ofChallenge(course.code(), challenge.id())) {
            if (!enrollment.isActive()) {
                continue;
            }
            Optional<Learner> learner = learners.find(enrollment.learner());
            ZoneId zone = ChallengeZones.of(learner, course);
            ChallengeEnrollment current = enrollment.isPaused() ? enrollment
                    : enrollment.withReleased(enrollment.dueBy(now, challenge, zone));
            ChallengeProgress progress = ChallengeProgress.of(current, days);
            if (!cohort && (progress.released() == 0 || !now.isBefore(enrollment.archivedAt(challenge, zone)))) {
                continue; // not started yet, or over for them
            }
            learnersIn++;
            boolean did;
            Optional<Instant> doneAt;
            if (day > 0) {
                did = enrollment.isDone(day);
                doneAt = Optional.ofNullable(enrollment.done().get(day));
            } else {
                did = cohort ? progress.finished() : progress.open().isEmpty();
                doneAt = enrollment.done().values().stream().max(Comparator.naturalOrder());
            }
            if (did) {
                done++;
                if (enrollment.showName()) {
                    String name = learner.map(Learner::firstName).map(PostingChallengeBoards::cleanName).orElse("");
                    if (!name.isEmpty()) {
                        named.add(new Named(name, doneAt.orElse(enrollment.joinedAt())));
                    }
                }
            }
            // Once the learner's last day is behind them, whatever is still open is to catch up on, the last day too.
            boolean allOut = progress.released() == days && now.atZone(zone).toLocalDate().isAfter(enrollment.dateOf(days));
            if (allOut ? !progress.open().isEmpty() : !progress.behind().isEmpty()) {
                behind++;
            }
            if (progress.finished()) {
                finished++;
            }
        }
        if (learnersIn == 0) {
            return Optional.empty();
        }
        named.sort(Comparator.comparing(Named::at).thenComparing(Named::name));
        List<String> names = named.stream().limit(MAX_NAMES).map(Named::name).toList();
        return Optional.of(new ChallengeBoardCounts(learnersIn, done, behind, finished, names, named.size() - names.size()));
    }

    /** A first name on one line: control characters (line breaks) become spaces; cut at {@link #MAX_NAME}. */
    static String cleanName(String name) {
        String clean = name.codePoints()
                .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
                        || Character.getType(c) == Character.PARAGRAPH_SEPARATOR ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().strip();
        return clean.length() > MAX_NAME ? clean.substring(0, MAX_NAME) : clean;
    }

    private void plan(CourseCode course, Challenge challenge, LocalDate date, long group, Map<String, String> payload,
                      Instant sendBy, Instant now) {
        String digest = digest(payload);
        Optional<ChallengeBoard> found = boards.find(course, challenge.id(), date);
        if (found.isEmpty()) {
            ChallengeBoard board = ChallengeBoard.planned(course, challenge.id(), date, group, digest, now);
            if (boards.add(board)) {
                deliveries.plan(delivery(postKey(board, 1), group, now, sendBy, postPayload(board, group, payload)));
            }
            return;
        }
        ChallengeBoard board = found.get();
        // Set back, the clock may be before the last planning: that does not hold anything up.
        boolean throttled = !now.isBefore(board.plannedAt()) && now.isBefore(board.plannedAt().plus(refresh));
        if (board.groupChatId() != group) {
            // The course moved to another group: a new board there; the old group keeps the last one it got.
            DeliveryDecision moved = new DeliveryDecision(now, Verdict.CANCELLED, "the course's group changed");
            deliveries.cancel(postKey(board, board.posts()), moved);
            if (board.edits() > 0) {
                deliveries.cancel(editKey(board, board.edits()), moved);
            }
            repost(board, group, payload, digest, sendBy, now);
            return;
        }
        if (board.messageId().isEmpty()) {
            DeliveryKey post = postKey(board, board.posts());
            if (deliveries.waiting(post).isPresent()) {
                return; // on its way
            }
            if (!deliveries.isFinished(post)) {
                // The record was stored and the post never planned (a crash in between): plan it now.
                boards.reposted(board.id(), group, digest, board.posts(), now);
                deliveries.plan(delivery(post, group, now, sendBy, postPayload(board, group, payload)));
                return;
            }
            // The post is over. Its message id is recorded before the engine finishes it, so read again: the post may
            // have gone out since the board was read.
            boolean stillNoMessage = boards.find(course, challenge.id(), date).flatMap(ChallengeBoard::messageId).isEmpty();
            if (stillNoMessage && !throttled && board.posts() < MAX_POSTS) {
                repost(board, group, payload, digest, sendBy, now); // it could not go out then (the bot was removed...)
            }
            return;
        }
        if (board.digest().equals(digest) || throttled) {
            return;
        }
        if (board.shown() < board.edits() && deliveries.waiting(editKey(board, board.edits())).isPresent()) {
            return; // the last edit is still on its way; the next scan edits to what is true then
        }
        int edits = board.edits() + 1;
        Map<String, String> edit = new HashMap<>(payload);
        edit.put("messageId", Long.toString(board.messageId().get()));
        edit.put("edit", Integer.toString(edits));
        boards.edited(board.id(), digest, edits, now);
        deliveries.plan(delivery(editKey(board, edits), group, now, sendBy, edit));
    }

    private void repost(ChallengeBoard board, long group, Map<String, String> payload, String digest, Instant sendBy,
                        Instant now) {
        int posts = board.posts() + 1;
        boards.reposted(board.id(), group, digest, posts, now);
        deliveries.plan(delivery(postKey(board, posts), group, now, sendBy, postPayload(board, group, payload)));
    }

    /** A post's payload: the board, and the message of the board before it in the same group, to unpin. */
    private Map<String, String> postPayload(ChallengeBoard board, long group, Map<String, String> payload) {
        Map<String, String> post = new HashMap<>(payload);
        post.put("edit", Integer.toString(board.edits())); // a new post shows what is true now, as the last edit would
        boards.latestBefore(board.course(), board.challenge(), board.date())
                .filter(previous -> previous.groupChatId() == group)
                .flatMap(ChallengeBoard::messageId)
                .ifPresent(previous -> post.put("unpin", Long.toString(previous)));
        return post;
    }

    /** Sent by the next board's release, or never: a board held up past its day is stale. */
    private static DeliveryPlan delivery(DeliveryKey key, long group, Instant now, Instant sendBy, Map<String, String> payload) {
        return DeliveryPlan.of(key, Recipient.group(group), DeliveryKind.CHALLENGE_BOARD, now, payload).sendBy(sendBy);
    }

    /** The first post of a board is {@code board:<course>:<challenge>:<date>}; a later one adds {@code :post:<n>}. */
    public static DeliveryKey postKey(ChallengeBoard board, int post) {
        DeliveryKey first = DeliveryKey.of("board", board.course().value(), board.challenge(), board.date().toString());
        return post <= 1 ? first : DeliveryKey.of(first.value(), "post", Integer.toString(post));
    }

    /** Edit {@code n} of a board: {@code board:<course>:<challenge>:<date>:edit:<n>}. */
    public static DeliveryKey editKey(ChallengeBoard board, int edit) {
        return DeliveryKey.of("board", board.course().value(), board.challenge(), board.date().toString(), "edit",
                Integer.toString(edit));
    }

    /** A short digest of what a board shows, to tell whether it changed. */
    static String digest(Map<String, String> payload) {
        StringBuilder canonical = new StringBuilder();
        new TreeMap<>(payload).forEach((key, value) -> canonical.append(key).append('=').append(value).append('\u0000'));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
