package app.paceline.broadcast;

import app.paceline.course.Course;
import app.paceline.course.CourseCode;
import app.paceline.course.Courses;
import app.paceline.course.Enrollment;
import app.paceline.course.Enrollments;
import app.paceline.delivery.DeliveryDecision;
import app.paceline.delivery.DeliveryDecision.Verdict;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.DeliveryPlan;
import app.paceline.delivery.DeliveryTally;
import app.paceline.delivery.PlannedDeliveries;
import app.paceline.delivery.Recipient;
import app.paceline.learner.LearnerId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * What a course's creator (or co-creator) does with broadcasts: which courses they may broadcast to, sending one to
 * every learner enrolled at that moment, and stopping one that is going out.
 *
 * <p><b>Paced.</b> The messages are planned at once ({@link PlannedDeliveries#planAll}, keys {@code bc:<id>:<learner>})
 * but due one after another at {@link BroadcastSettings#perSecond()}, below the bot's overall limit: the delivery
 * engine sends in due order, so a long broadcast planned all "now" would hold up every reminder, and the broadcast's
 * own progress message, until its last message left.
 *
 * <p><b>Quiet hours.</b> A broadcast is not tied to a moment ({@link DeliveryKind#BROADCAST} is not timed): a learner
 * in their quiet hours gets it when they end. It is over when every message ended, so a broadcast sent in the
 * evening may finish the next morning; its progress message says how many wait and until when.
 *
 * <p>Every action checks again that the user may edit the course ({@link Course#isEditableBy}); anyone else gets the
 * same answer as for a course that does not exist.
 */
public final class SendingBroadcasts {

    /** The longest text, in characters: with the course's name above it, a message always fits Telegram's 4096. */
    public static final int MAX_TEXT = 3500;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Broadcasts broadcasts;
    private final Courses courses;
    private final Enrollments enrollments;
    private final PlannedDeliveries deliveries;
    private final Clock clock;
    private final BroadcastSettings settings;
    private final Supplier<String> ids;

    public SendingBroadcasts(Broadcasts broadcasts, Courses courses, Enrollments enrollments, PlannedDeliveries deliveries,
                             Clock clock, BroadcastSettings settings) {
        this(broadcasts, courses, enrollments, deliveries, clock, settings, SendingBroadcasts::randomId);
    }

    public SendingBroadcasts(Broadcasts broadcasts, Courses courses, Enrollments enrollments, PlannedDeliveries deliveries,
                             Clock clock, BroadcastSettings settings, Supplier<String> ids) {
        this.broadcasts = broadcasts;
        this.courses = courses;
        this.enrollments = enrollments;
        this.deliveries = deliveries;
        this.clock = clock;
        this.settings = settings;
        this.ids = ids;
    }

    /** The courses {@code user} may broadcast to, by title, with their learner counts. */
    public List<CourseAudience> courses(LearnerId user) {
        return courses.runBy(user).stream()
                .map(course -> new CourseAudience(course, enrollments.countActive(course.code())))
                .toList();
    }

    /** The course, if {@code user} may broadcast to it. */
    public Optional<CourseAudience> course(LearnerId user, CourseCode code) {
        return courses.find(code).filter(course -> course.isEditableBy(user))
                .map(course -> new CourseAudience(course, enrollments.countActive(code)));
    }

    /** Whether {@code text} can be broadcast as it is: empty when it can, else what is wrong with it. */
    public Optional<BroadcastOutcome> checkText(String text) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            return Optional.of(new BroadcastOutcome.Empty());
        }
        if (clean.length() > MAX_TEXT) {
            return Optional.of(new BroadcastOutcome.TooLong(clean.length(), MAX_TEXT));
        }
        return Optional.empty();
    }

    /**
     * Sends {@code text} to every learner enrolled in the course now, and the sender a progress message. Nothing is
     * planned unless it is all fine: the user may edit the course, someone is enrolled, the text is not empty nor too
     * long, and no other broadcast to the course is still going out.
     */
    public BroadcastOutcome send(LearnerId user, CourseCode code, String text) {
        Optional<Course> course = courses.find(code).filter(c -> c.isEditableBy(user));
        if (course.isEmpty()) {
            return new BroadcastOutcome.NotAllowed();
        }
        Optional<BroadcastOutcome> bad = checkText(text);
        if (bad.isPresent()) {
            return bad.get();
        }
        Optional<Broadcast> running = broadcasts.runningIn(code);
        if (running.isPresent()) {
            return new BroadcastOutcome.AlreadyRunning(running.get());
        }
        List<LearnerId> recipients = enrollments.ofCourse(code).stream()
                .filter(Enrollment::isActive)
                // Longest enrolled first, so that the order does not depend on the store.
                .sorted(Comparator.comparing(Enrollment::joinedAt).thenComparing(e -> e.learner().value()))
                .map(Enrollment::learner)
                .distinct()
                .toList();
        if (recipients.isEmpty()) {
            return new BroadcastOutcome.NoLearners();
        }
        Instant now = clock.instant();
        String id = ids.get();
        Broadcast planned = Broadcast.started(id, code, course.get().title(), user, text.strip(), recipients, "", now);
        BroadcastProgress progress = BroadcastProgress.of(planned, DeliveryTally.empty(), now, settings.perSecond());
        Map<String, String> post = progressPayload(planned, progress, "sending", now);
        post.put("edit", "0");
        Broadcast broadcast = Broadcast.started(id, code, course.get().title(), user, text.strip(), recipients,
                digest(post), now);
        // The progress message first: due now, it goes out before the first learner's message.
        deliveries.plan(DeliveryPlan.of(broadcast.progressKey(), Recipient.learner(user.value()),
                DeliveryKind.BROADCAST_PROGRESS, now, post));
        long nanosApart = (long) (1_000_000_000L / settings.perSecond());
        List<DeliveryPlan> plans = new ArrayList<>(recipients.size());
        for (int i = 0; i < recipients.size(); i++) {
            LearnerId learner = recipients.get(i);
            plans.add(DeliveryPlan.of(broadcast.keyFor(learner), Recipient.learner(learner.value()), DeliveryKind.BROADCAST,
                    now.plusNanos(nanosApart * i), Map.of("broadcast", id, "course", code.value())));
        }
        deliveries.planAll(plans);
        // Recorded once it is planned, never a progress message that waits for messages never planned. A message the
        // engine claims in between waits a second (its text is read from this record: NotReady); after a crash in
        // between, its text never comes and the messages are dead-lettered 10 minutes after their time.
        broadcasts.add(broadcast);
        return new BroadcastOutcome.Started(broadcast);
    }

    /** Stops a broadcast going out: the messages still waiting are withdrawn; those on their way still arrive. */
    public StopOutcome stop(LearnerId user, String id) {
        Optional<Broadcast> found = broadcasts.find(id);
        if (found.isEmpty() || !mayManage(user, found.get())) {
            return new StopOutcome.NotAllowed();
        }
        Broadcast broadcast = found.get();
        Instant now = clock.instant();
        if (!broadcast.isRunning() || broadcast.isStopped() || !broadcasts.stop(id, now)) {
            return new StopOutcome.AlreadyOver(broadcasts.find(id).orElse(broadcast));
        }
        int withdrawn = deliveries.cancelAll(broadcast.recipientKeys(),
                new DeliveryDecision(now, Verdict.CANCELLED, "broadcast stopped by " + user.value()));
        broadcasts.withdrew(id, withdrawn);
        return new StopOutcome.Stopped(broadcasts.find(id).orElse(broadcast), withdrawn);
    }

    /** The broadcast, if {@code user} may see and stop it. */
    public Optional<Broadcast> find(LearnerId user, String id) {
        return broadcasts.find(id).filter(broadcast -> mayManage(user, broadcast));
    }

    /** How the broadcast stands now. */
    public BroadcastProgress progress(Broadcast broadcast) {
        return BroadcastProgress.of(broadcast, deliveries.tally(broadcast.recipientKeys()), clock.instant(), settings.perSecond());
    }

    /** Whoever may edit the broadcast's course now (a co-creator removed since may not). */
    private boolean mayManage(LearnerId user, Broadcast broadcast) {
        return courses.find(broadcast.course()).map(course -> course.isEditableBy(user)).orElse(false);
    }

    /**
     * What the progress message (and the summary) shows, as delivery payload: the counts, the time left in seconds, and
     * how long the last deferred one waits (ISO instant).
     *
     * @param state {@code sending}, {@code stopping}, {@code done} or {@code stopped}
     */
    static Map<String, String> progressPayload(Broadcast broadcast, BroadcastProgress progress, String state, Instant now) {
        Map<String, String> payload = new HashMap<>();
        payload.put("broadcast", broadcast.id());
        payload.put("course", broadcast.courseTitle());
        payload.put("state", state);
        payload.put("total", Long.toString(progress.total()));
        payload.put("sent", Long.toString(progress.sent()));
        payload.put("unreachable", Long.toString(progress.unreachable()));
        payload.put("failed", Long.toString(progress.failed()));
        payload.put("withdrawn", Long.toString(progress.withdrawn()));
        payload.put("waiting", Long.toString(progress.waiting()));
        payload.put("deferred", Long.toString(progress.deferred()));
        progress.deferredUntil().ifPresent(until -> payload.put("deferredUntil", until.toString()));
        payload.put("left", Long.toString(progress.timeLeft().toSeconds()));
        payload.put("took", Long.toString(Math.max(0, Duration.between(broadcast.createdAt(), now).toSeconds())));
        return payload;
    }

    /**
     * What a progress message shows, to tell whether it changed: the payload without its bookkeeping, the time left to
     * the minute (seconds change at every count) and without the time taken so far.
     */
    static String digest(Map<String, String> payload) {
        Map<String, String> shown = new TreeMap<>(payload);
        shown.remove("edit");
        shown.remove("messageId");
        shown.remove("took");
        long left = Long.parseLong(shown.getOrDefault("left", "0"));
        shown.put("left", Long.toString(left < 60 ? 0 : (left + 59) / 60));
        return shown.toString();
    }

    private static String randomId() {
        byte[] bytes = new byte[9];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
