package app.paceline.bot.command;

import app.paceline.announce.AnnouncementInput;
import app.paceline.announce.Announcing;
import app.paceline.bot.conversation.AnnounceConversation;
import app.paceline.bot.inbound.ChatKind;
import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Outbound;
import app.paceline.bot.outbound.Outbound.Reply;
import app.paceline.bot.render.AnnouncementTexts;
import app.paceline.course.Course;
import app.paceline.prompts.Prompts;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code /announce [pin] [at <time> | every <weekday> <time>] <text>} in a course's group: posts the text there now,
 * once at a time or every week, in the course's zone ({@link AnnouncementInput}). Only a group admin (Telegram asked
 * now, or an anonymous admin writing as the group); anyone else is refused with one sentence that says nothing about
 * the group's course, and nothing is posted. In private it starts the guided flow ({@link AnnounceConversation}).
 */
public final class AnnounceCommand implements Command {

    public static final CommandSpec SPEC = CommandSpec.forCreators("announce", Set.of(ChatKind.PRIVATE, ChatKind.GROUP));

    private final CourseGroupAdmin gate;
    private final AnnouncementInput input;
    private final Announcing announcing;
    private final AnnouncementTexts texts;
    private final AnnounceConversation flow;
    private final Prompts prompts;
    private final Clock clock;

    public AnnounceCommand(CourseGroupAdmin gate, AnnouncementInput input, Announcing announcing, AnnouncementTexts texts,
                           AnnounceConversation flow, Prompts prompts, Clock clock) {
        this.gate = gate;
        this.input = input;
        this.announcing = announcing;
        this.texts = texts;
        this.flow = flow;
        this.prompts = prompts;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Outbound> handle(Turn turn, Inbound.Command command) {
        if (command.chatKind() != ChatKind.GROUP) {
            return flow.start(turn);
        }
        if (command.argument().isBlank() && !command.addressed()) {
            return List.of(); // a bare /announce may be meant for another bot
        }
        var locale = turn.locale();
        CourseGroupAdmin.Verdict verdict = gate.check(command);
        if (!(verdict instanceof CourseGroupAdmin.Verdict.Allowed allowed)) {
            return List.of(Reply.of(turn.chatId(), gate.refusal(verdict, locale)));
        }
        Course course = allowed.course();
        if (command.argument().isBlank()) {
            return List.of(Reply.of(turn.chatId(), prompts.render(locale, "announce.usage", Map.of("zone", zoneName(course)))));
        }
        Instant now = clock.instant();
        AnnouncementInput.Reading reading = input.read(command.argument(), locale, course.zone(), now);
        if (reading instanceof AnnouncementInput.Usage) {
            return List.of(Reply.of(turn.chatId(), prompts.render(locale, "announce.usage", Map.of("zone", zoneName(course)))));
        }
        if (reading instanceof AnnouncementInput.BadTime bad) {
            return List.of(Reply.of(turn.chatId(), texts.badTime(bad, course.zone(), locale)));
        }
        var understood = (AnnouncementInput.Understood) reading;
        var outcome = announcing.announce(new Announcing.Request(course.code(), turn.chatId(), understood.text(),
                understood.pinned(), understood.when(), command.sender().asGroup() ? 0 : command.sender().userId()));
        String answer = texts.outcome(outcome, understood.when(), course.zone(), locale, understood.notes());
        return answer.isEmpty() ? List.of() : List.of(Reply.of(turn.chatId(), answer));
    }

    private static String zoneName(Course course) {
        return app.paceline.bot.render.LocalTimes.zone(course.zone());
    }
}
