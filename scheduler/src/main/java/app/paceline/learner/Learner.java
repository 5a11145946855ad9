package app.paceline.learner;

import app.paceline.time.QuietHours;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * Someone who talks to the bot in private: their name and language as Telegram reports them, the time zone they
 * told us (absent until they answer), and the local hours in which only things they scheduled themselves may
 * reach them (22:00-07:00 unless they change it). Instants are UTC.
 *
 * @param languageCode Telegram's IETF language tag of the user's client (may be empty); prompts pick a locale from it
 */
public record Learner(LearnerId id, String firstName, String languageCode, Optional<ZoneId> timeZone,
                      QuietHours quietHours, Instant firstSeen, Instant lastSeen) {

    public Learner {
        Objects.requireNonNull(id, "id");
        firstName = firstName == null ? "" : firstName;
        languageCode = languageCode == null ? "" : languageCode;
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(quietHours, "quietHours");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
    }

    /** A learner seen for the first time at {@code now}, with no time zone yet. */
    public static Learner firstSeen(LearnerId id, String firstName, String languageCode, Instant now) {
        return new Learner(id, firstName, languageCode, Optional.empty(), QuietHours.NIGHT, now, now);
    }

    /** The same learner, seen again at {@code now} under a possibly new name or client language. */
    public Learner seenAgain(String newFirstName, String newLanguageCode, Instant now) {
        return new Learner(id, newFirstName, newLanguageCode, timeZone, quietHours, firstSeen, now);
    }

    public Learner withTimeZone(ZoneId zone) {
        return new Learner(id, firstName, languageCode, Optional.of(zone), quietHours, firstSeen, lastSeen);
    }

    /** True when the learner gave a bare UTC offset, which does not follow daylight-saving changes. */
    public boolean hasFixedOffset() {
        return timeZone.filter(zone -> zone instanceof ZoneOffset && !ZoneOffset.UTC.equals(zone)).isPresent();
    }
}
