package app.paceline.announce;

import app.paceline.course.CourseCode;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.DeliveryPlan;
import app.paceline.delivery.PlannedDeliveries;
import app.paceline.delivery.Recipient;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Makes an announcement in a course's group: checks the text and the time, stores it, and plans its first post
 * through the delivery engine (a post "now" too, so that it keeps the group's limit of 20 messages a minute).
 * Whoever calls this has checked that the author may (a group admin): nothing here knows who is.
 */
public final class Announcing {

    /** At most this many announcements wait in one group, so that a list of them fits a few messages. */
    public static final int MAX_SCHEDULED_PER_GROUP = 50;

    /**
     * A post later than this after its time is dropped rather than sent (the bot was down): an announcement of a
     * meeting "in an hour" must not arrive after the meeting.
     */
    public static final Duration STALE_AFTER = Duration.ofHours(1);

    /** When to post. */
    public sealed interface When {
    }

    /** At once. */
    public record Now() implements When {
    }

    /** Once, at an instant. */
    public record At(Instant at) implements When {
        public At {
            Objects.requireNonNull(at, "at");
        }
    }

    /** Every week on {@code day} at {@code time} in {@code zone} (the course's). */
    public record Every(DayOfWeek day, LocalTime time, ZoneId zone) implements When {
        public Every {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(zone, "zone");
        }
    }

    /**
     * What to announce.
     *
     * @param author the Telegram user id of who asks; 0 for an anonymous group admin
     */
    public record Request(CourseCode course, long groupChatId, String text, boolean pinned, When when, long author) {
        public Request {
            Objects.requireNonNull(course, "course");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(when, "when");
        }
    }

    /** What came of it. Only {@link Planned} stored anything. */
    public sealed interface Outcome {
        /** Stored, and its first post planned at {@code firstPost}. */
        record Planned(Announcement announcement, Instant firstPost) implements Outcome {
        }

        /** No text. */
        record Empty() implements Outcome {
        }

        /** More than {@code limit} characters. */
        record TooLong(int length, int limit) implements Outcome {
        }

        /** The time has passed. */
        record InThePast(Instant at) implements Outcome {
        }

        /** The group already has {@code limit} waiting. */
        record TooMany(int limit) implements Outcome {
        }
    }

    private final Announcements announcements;
    private final PlannedDeliveries deliveries;
    private final Clock clock;
    private final Supplier<String> ids;

    public Announcing(Announcements announcements, PlannedDeliveries deliveries, Clock clock) {
        this(announcements, deliveries, clock, randomIds(new SecureRandom()));
    }

    public Announcing(Announcements announcements, PlannedDeliveries deliveries, Clock clock, Supplier<String> ids) {
        this.announcements = Objects.requireNonNull(announcements);
        this.deliveries = Objects.requireNonNull(deliveries);
        this.clock = Objects.requireNonNull(clock);
        this.ids = Objects.requireNonNull(ids);
    }

    /** Checks a text as {@link #announce} would, without storing anything (for a guided flow that asks the time next). */
    public static Optional<Outcome> checkText(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            return Optional.of(new Outcome.Empty());
        }
        if (stripped.length() > Announcement.MAX_TEXT) {
            return Optional.of(new Outcome.TooLong(stripped.length(), Announcement.MAX_TEXT));
        }
        return Optional.empty();
    }

    public Outcome announce(Request request) {
        Optional<Outcome> badText = checkText(request.text());
        if (badText.isPresent()) {
            return badText.get();
        }
        Instant now = clock.instant();
        AnnouncementSchedule schedule;
        if (request.when() instanceof Now) {
            schedule = new AnnouncementSchedule.Once(now);
        } else if (request.when() instanceof At at) {
            if (at.at().isBefore(now)) {
                return new Outcome.InThePast(at.at());
            }
            schedule = new AnnouncementSchedule.Once(at.at());
        } else {
            Every every = (Every) request.when();
            schedule = new AnnouncementSchedule.Weekly(every.day(), every.time(), every.zone());
        }
        boolean postNow = request.when() instanceof Now;
        if (!postNow && announcements.countScheduledIn(request.groupChatId()) >= MAX_SCHEDULED_PER_GROUP) {
            return new Outcome.TooMany(MAX_SCHEDULED_PER_GROUP);
        }
        Instant first = schedule.firstAtOrAfter(now).orElseThrow();
        Announcement announcement = new Announcement(ids.get(), request.course(), request.groupChatId(), request.text().strip(),
                request.pinned(), schedule, request.author(), now,
                postNow ? AnnouncementState.POSTED : AnnouncementState.SCHEDULED, postNow ? Optional.empty() : Optional.of(first));
        // Stored first: a post must never go out that nobody can find (and cancel) afterwards.
        announcements.add(announcement);
        deliveries.plan(post(announcement, first));
        return new Outcome.Planned(announcement, first);
    }

    /** The delivery of {@code announcement}'s post at {@code at}. */
    static DeliveryPlan post(Announcement announcement, Instant at) {
        return DeliveryPlan.of(announcement.deliveryKey(at), Recipient.group(announcement.groupChatId()), DeliveryKind.ANNOUNCEMENT, at,
                Map.of("text", announcement.html(), "pin", Boolean.toString(announcement.pinned()), "announcement", announcement.id()))
                .sendBy(at.plus(STALE_AFTER));
    }

    private static final String ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    static Supplier<String> randomIds(SecureRandom random) {
        return () -> {
            StringBuilder id = new StringBuilder(10);
            for (int i = 0; i < 10; i++) {
                id.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
            }
            return id.toString();
        };
    }
}
