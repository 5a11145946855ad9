package app.paceline.bot.command;

import app.paceline.announce.Announcement;
import app.paceline.announce.Announcements;
import app.paceline.announce.CancellingAnnouncements;
import app.paceline.bot.conversation.ButtonHandler;
import app.paceline.bot.inbound.ChatKind;
import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Button;
import app.paceline.bot.outbound.Keyboard;
import app.paceline.bot.outbound.Outbound;
import app.paceline.bot.outbound.Outbound.AnswerPress;
import app.paceline.bot.outbound.Outbound.Reply;
import app.paceline.bot.render.AnnouncementTexts;
import app.paceline.bot.render.LocalTimes;
import app.paceline.course.Course;
import app.paceline.prompts.Prompts;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /announcements} in a course's group: the announcements scheduled there, next post first, in the course's
 * zone, ten to a message, each with a cancel button {@code ann:x:<announcement id>}. Listing is for group admins
 * (as {@code /announce}); a press is authorized again: the presser must be an admin of this group now, and the
 * announcement scheduled in this group, so a forged, outdated or other group's id finds nothing.
 */
public final class AnnouncementsCommand implements Command, ButtonHandler {

    public static final CommandSpec SPEC = CommandSpec.forCreators("announcements", Set.of(ChatKind.PRIVATE, ChatKind.GROUP));
    public static final String AREA = "ann";
    static final String CANCEL = AREA + ":x:";
    /** Announcements per message: ten lines and two rows of buttons stay far below Telegram's limits. */
    static final int PER_MESSAGE = 10;
    private static final int BUTTONS_PER_ROW = 5;

    private final CourseGroupAdmin gate;
    private final Announcements announcements;
    private final CancellingAnnouncements cancelling;
    private final AnnouncementTexts texts;
    private final Prompts prompts;
    private final Clock clock;

    public AnnouncementsCommand(CourseGroupAdmin gate, Announcements announcements, CancellingAnnouncements cancelling,
                                AnnouncementTexts texts, Prompts prompts, Clock clock) {
        this.gate = gate;
        this.announcements = announcements;
        this.cancelling = cancelling;
        this.texts = texts;
        this.prompts = prompts;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public String buttonArea() {
        return AREA;
    }

    @Override
    public boolean worksInGroups() {
        return true;
    }

    @Override
    public List<Outbound> handle(Turn turn, Inbound.Command command) {
        Locale locale = turn.locale();
        if (command.chatKind() != ChatKind.GROUP) {
            return List.of(Reply.of(turn.chatId(), prompts.render(locale, "announcements.in_private")));
        }
        CourseGroupAdmin.Verdict verdict = gate.check(command);
        if (!(verdict instanceof CourseGroupAdmin.Verdict.Allowed allowed)) {
            return List.of(Reply.of(turn.chatId(), gate.refusal(verdict, locale)));
        }
        ZoneId zone = allowed.course().zone();
        Instant now = clock.instant();
        // A one-off whose time has come is out (or going out) even if the metronome has not marked it posted yet.
        record Listed(Announcement announcement, Instant next) {
        }
        List<Listed> listed = new ArrayList<>();
        for (Announcement announcement : announcements.scheduledIn(turn.chatId())) {
            announcement.schedule().firstAtOrAfter(announcement.recurring() ? now : now.plusNanos(1))
                    .ifPresent(next -> listed.add(new Listed(announcement, next)));
        }
        listed.sort(java.util.Comparator.comparing(Listed::next));
        if (listed.isEmpty()) {
            return List.of(Reply.of(turn.chatId(), prompts.render(locale, "announcements.none")));
        }
        List<Outbound> replies = new ArrayList<>();
        for (int from = 0; from < listed.size(); from += PER_MESSAGE) {
            var text = new StringBuilder();
            if (from == 0) {
                text.append(prompts.render(locale, "announcements.header", Map.of("count", listed.size(), "zone", LocalTimes.zone(zone))));
            }
            List<List<Button>> rows = new ArrayList<>();
            List<Button> row = new ArrayList<>();
            for (int i = from; i < Math.min(listed.size(), from + PER_MESSAGE); i++) {
                Listed item = listed.get(i);
                if (text.length() > 0) {
                    text.append('\n');
                }
                text.append(texts.line(i + 1, item.announcement(), item.next(), zone, locale));
                row.add(new Button(prompts.renderPlain(locale, "announcements.button.cancel", Map.of("n", i + 1)),
                        CANCEL + item.announcement().id()));
                if (row.size() == BUTTONS_PER_ROW) {
                    rows.add(row);
                    row = new ArrayList<>();
                }
            }
            if (!row.isEmpty()) {
                rows.add(row);
            }
            replies.add(new Reply(turn.chatId(), text.toString(), new Keyboard.Inline(rows)));
        }
        return replies;
    }

    @Override
    public List<Outbound> onButton(Turn turn, Inbound.ButtonPress press) {
        Locale locale = turn.locale();
        if (press.chatKind() != ChatKind.GROUP || !press.data().startsWith(CANCEL)) {
            return List.of(new AnswerPress(press.callbackId(), prompts.renderPlain(locale, "button.expired")));
        }
        CourseGroupAdmin.Verdict verdict = gate.check(press);
        if (verdict instanceof CourseGroupAdmin.Verdict.NotAdmin) {
            return List.of(new AnswerPress(press.callbackId(), prompts.renderPlain(locale, "announcements.admins_only")));
        }
        var outcome = cancelling.cancel(press.data().substring(CANCEL.length()), press.chatId());
        if (!(outcome instanceof CancellingAnnouncements.Outcome.Cancelled cancelled)) {
            return List.of(new AnswerPress(press.callbackId(), prompts.renderPlain(locale, "announcements.gone")));
        }
        ZoneId zone = Optional.of(verdict).filter(CourseGroupAdmin.Verdict.Allowed.class::isInstance)
                .map(v -> ((CourseGroupAdmin.Verdict.Allowed) v).course()).map(Course::zone).orElse(java.time.ZoneOffset.UTC);
        return List.of(new AnswerPress(press.callbackId(), ""), Reply.of(press.chatId(), prompts.render(locale, "announcements.cancelled", Map.of(
                "excerpt", AnnouncementTexts.excerpt(cancelled.announcement().text()),
                "time", LocalTimes.moment(cancelled.next(), zone, locale),
                "zone", LocalTimes.zone(zone)))));
    }
}
