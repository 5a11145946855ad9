package app.paceline.learner;

import app.paceline.time.QuietHours;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Someone who talks to the bot in private: their name and language as Telegram reports them, the time zone they
 * told us (absent until they answer), the local hours in which only things they scheduled themselves may reach
 * them (22:00-07:00 unless they change it), and how long before a time they booked they want its reminder.
 * Instants are UTC.
 *
 * @param languageCode Telegram's IETF language tag of the user's client (may be empty); prompts pick a locale from it
 * @param reminderLead how long before a booked slot its reminder comes, {@link #REMINDER_LEADS} allowed
 * @param sessionLeads how long before a live session they are nudged, some of {@link #SESSION_LEADS}, longest
 *                     first; empty means no nudges before sessions
 */
public record Learner(LearnerId id, String firstName, String languageCode, Optional<ZoneId> timeZone,
                      QuietHours quietHours, Duration reminderLead, List<Duration> sessionLeads, Instant firstSeen,
                      Instant lastSeen) {

    /** The nudges before a live session a learner can choose; 24 hours and 15 minutes unless they change it. */
    public static final List<Duration> SESSION_LEADS = List.of(Duration.ofHours(24), Duration.ofHours(3),
            Duration.ofHours(1), Duration.ofMinutes(15), Duration.ofMinutes(5));
    public static final List<Duration> DEFAULT_SESSION_LEADS = List.of(Duration.ofHours(24), Duration.ofMinutes(15));

    /** The reminder leads a learner can choose from; 10 minutes unless they change it. */
    public static final List<Duration> REMINDER_LEADS = List.of(Duration.ZERO, Duration.ofMinutes(5),
            Duration.ofMinutes(10), Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1));
    public static final Duration DEFAULT_REMINDER_LEAD = Duration.ofMinutes(10);

    public Learner {
        Objects.requireNonNull(id, "id");
        firstName = firstName == null ? "" : firstName;
        languageCode = languageCode == null ? "" : languageCode;
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(quietHours, "quietHours");
        Objects.requireNonNull(reminderLead, "reminderLead");
        sessionLeads = sessionLeads.stream().distinct().sorted(java.util.Comparator.reverseOrder()).toList();
        if (!SESSION_LEADS.containsAll(sessionLeads)) {
            throw new IllegalArgumentException("session leads are some of " + SESSION_LEADS + ", were " + sessionLeads);
        }
        if (reminderLead.isNegative() || reminderLead.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("a reminder lead is 0 to 24 hours, was " + reminderLead);
        }
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
    }

    /** A learner seen for the first time at {@code now}, with no time zone yet. */
    public static Learner firstSeen(LearnerId id, String firstName, String languageCode, Instant now) {
        return new Learner(id, firstName, languageCode, Optional.empty(), QuietHours.NIGHT, DEFAULT_REMINDER_LEAD,
                DEFAULT_SESSION_LEADS, now, now);
    }

    /** The same learner, seen again at {@code now} under a possibly new name or client language. */
    public Learner seenAgain(String newFirstName, String newLanguageCode, Instant now) {
        return new Learner(id, newFirstName, newLanguageCode, timeZone, quietHours, reminderLead, sessionLeads, firstSeen, now);
    }

    public Learner withTimeZone(ZoneId zone) {
        return new Learner(id, firstName, languageCode, Optional.of(zone), quietHours, reminderLead, sessionLeads, firstSeen,
                lastSeen);
    }

    public Learner withQuietHours(QuietHours hours) {
        return new Learner(id, firstName, languageCode, timeZone, hours, reminderLead, sessionLeads, firstSeen, lastSeen);
    }

    public Learner withReminderLead(Duration lead) {
        return new Learner(id, firstName, languageCode, timeZone, quietHours, lead, sessionLeads, firstSeen, lastSeen);
    }

    public Learner withSessionLeads(List<Duration> leads) {
        return new Learner(id, firstName, languageCode, timeZone, quietHours, reminderLead, leads, firstSeen, lastSeen);
    }

    /** True when the learner gave a bare UTC offset, which does not follow daylight-saving changes. */
    public boolean hasFixedOffset() {
        return timeZone.filter(zone -> zone instanceof ZoneOffset && !ZoneOffset.UTC.equals(zone)).isPresent();
    }
}
