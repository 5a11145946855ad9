package app.paceline.bot.render;

import app.paceline.announce.Announcement;
import app.paceline.announce.AnnouncementInput;
import app.paceline.announce.Announcing;
import app.paceline.calendar.input.TimeNote;
import app.paceline.prompts.Prompts;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How announcements read: when one is posted, what came of making one, a line of the list. */
public final class AnnouncementTexts {

    /** Characters of an announcement's text shown in lists and notices. */
    static final int EXCERPT = 60;
    /** Characters of the text shown for confirmation in a guided flow, so that question and text fit one message. */
    static final int PREVIEW = 3000;

    private final Prompts prompts;

    public AnnouncementTexts(Prompts prompts) {
        this.prompts = prompts;
    }

    /**
     * "on Wed 2 Dec 09:00 (America/New_York)" or "every Monday at 09:00 (...), first on Mon 7 Dec 09:00", for a
     * post that is not now.
     */
    public String when(Announcing.When when, Instant first, ZoneId zone, Locale locale) {
        if (when instanceof Announcing.Every every) {
            return prompts.renderPlain(locale, "announce.when.weekly", Map.of("day", day(every.day()),
                    "clock", LocalTimes.value(every.time(), zone, locale), "zone", LocalTimes.zone(zone),
                    "time", LocalTimes.moment(first, zone, locale)));
        }
        return prompts.renderPlain(locale, "announce.when.once", Map.of("time", LocalTimes.moment(first, zone, locale),
                "zone", LocalTimes.zone(zone)));
    }

    /** What came of making an announcement in a group whose course is in {@code zone}; empty for a post now (it is the answer). */
    public String outcome(Announcing.Outcome outcome, Announcing.When when, ZoneId zone, Locale locale, List<TimeNote> notes) {
        if (outcome instanceof Announcing.Outcome.Planned planned) {
            if (when instanceof Announcing.Now) {
                return "";
            }
            var text = new StringBuilder(prompts.render(locale, "announce.scheduled", Map.of(
                    "when", when(when, planned.firstPost(), zone, locale),
                    "pinned", planned.announcement().pinned() ? "yes" : "no")));
            for (TimeNote note : notes) {
                text.append('\n').append(prompts.render(locale, "time.note." + note.kind().key(),
                        LocalTimes.values(note.arguments(), zone, locale)));
            }
            return text.toString();
        }
        return problem(outcome, zone, locale);
    }

    /** Why an announcement was not made. */
    public String problem(Announcing.Outcome outcome, ZoneId zone, Locale locale) {
        if (outcome instanceof Announcing.Outcome.TooLong tooLong) {
            return prompts.render(locale, "announce.too_long", Map.of("length", tooLong.length(), "limit", tooLong.limit()));
        }
        if (outcome instanceof Announcing.Outcome.InThePast past) {
            return prompts.render(locale, "announce.in_the_past", Map.of("time", LocalTimes.moment(past.at(), zone, locale),
                    "zone", LocalTimes.zone(zone)));
        }
        if (outcome instanceof Announcing.Outcome.TooMany tooMany) {
            return prompts.render(locale, "announce.too_many", Map.of("limit", tooMany.limit()));
        }
        return prompts.render(locale, "announce.empty");
    }

    /** A time that was meant but not understood, told as for a booking, with times in the course's zone. */
    public String badTime(AnnouncementInput.BadTime bad, ZoneId zone, Locale locale) {
        return prompts.render(locale, "time.problem." + bad.problem().problem().key(),
                LocalTimes.values(bad.problem().arguments(), zone, locale));
    }

    /** One line of {@code /announcements}. */
    public String line(int n, Announcement announcement, Instant next, ZoneId zone, Locale locale) {
        String time = LocalTimes.moment(next, zone, locale);
        String pinned = announcement.pinned() ? "yes" : "no";
        if (announcement.schedule() instanceof app.paceline.announce.AnnouncementSchedule.Weekly weekly) {
            return prompts.render(locale, "announcements.line.weekly", Map.of("n", n, "time", time, "day", day(weekly.day()),
                    "pinned", pinned, "excerpt", excerpt(announcement.text())));
        }
        return prompts.render(locale, "announcements.line.once", Map.of("n", n, "time", time, "pinned", pinned,
                "excerpt", excerpt(announcement.text())));
    }

    /** The start of a text on one line, for lists and notices (plain: a prompt escapes it). */
    public static String excerpt(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= EXCERPT ? oneLine : cut(oneLine, EXCERPT - 1).strip() + "…";
    }

    /** The text as it will be posted, shortened for a confirmation question. */
    public static String preview(String text) {
        String stripped = text.strip();
        return Announcement.escape(stripped.length() <= PREVIEW ? stripped : cut(stripped, PREVIEW - 1) + "…");
    }

    /** The first {@code length} characters, one fewer rather than half an emoji. */
    private static String cut(String text, int length) {
        return text.substring(0, Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length);
    }

    private static String day(java.time.DayOfWeek day) {
        return day.name().toLowerCase(Locale.ROOT);
    }
}
