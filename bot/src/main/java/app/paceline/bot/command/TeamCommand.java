package app.paceline.bot.command;

import app.paceline.bot.conversation.ButtonHandler;
import app.paceline.bot.inbound.ChatKind;
import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Button;
import app.paceline.bot.outbound.Keyboard;
import app.paceline.bot.outbound.Outbound;
import app.paceline.bot.outbound.Outbound.Reply;
import app.paceline.bot.render.LocalTimes;
import app.paceline.course.Course;
import app.paceline.course.CourseCode;
import app.paceline.course.Courses;
import app.paceline.course.ManagingTeam;
import app.paceline.learner.Learner;
import app.paceline.learner.LearnerId;
import app.paceline.learner.Learners;
import app.paceline.prompts.Prompts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code /team [code]} in private: a course's owner and co-creators. The owner gets a one-time invite link for a
 * co-creator and a button to remove each one; a co-creator can leave. Opening an invite link
 * ({@code /start cocreate--<token>}, see {@link #open}) makes its opener a co-creator and tells the owner.
 *
 * <p>Buttons name a course by its {@link Button#digest}, resolved again among the presser's own courses at every
 * press, so a replayed or forged press by anyone outside the team finds nothing; what the presser may do is decided
 * again by {@link ManagingTeam}.
 */
public final class TeamCommand implements Command, ButtonHandler, DeepLink {

    public static final CommandSpec SPEC = CommandSpec.forCreators("team", Set.of(ChatKind.PRIVATE));
    /** What a co-creator invite link sends after {@code /start }. Course codes may look alike, so the token decides. */
    public static final String INVITE_PREFIX = "cocreate--";
    static final String AREA = "team";

    private final ManagingTeam team;
    private final Courses courses;
    private final Learners learners;
    private final Prompts prompts;
    private final Supplier<String> botUsername;

    public TeamCommand(ManagingTeam team, Courses courses, Learners learners, Prompts prompts, Supplier<String> botUsername) {
        this.team = team;
        this.courses = courses;
        this.learners = learners;
        this.prompts = prompts;
        this.botUsername = botUsername;
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
    public List<Outbound> handle(Turn turn, Inbound.Command command) {
        Locale locale = turn.locale();
        LearnerId user = turn.requireLearner().id();
        List<Course> mine = mine(user);
        if (!command.argument().isEmpty()) {
            Optional<Course> named = CourseCode.parse(command.argument()).flatMap(code -> team.ofTeam(user, code));
            return List.of(named.map(course -> view(turn.chatId(), user, course, locale))
                    .orElseGet(() -> Reply.of(turn.chatId(), prompts.render(locale, "team.unknown"))));
        }
        if (mine.isEmpty()) {
            return List.of(Reply.of(turn.chatId(), prompts.render(locale, "team.none")));
        }
        if (mine.size() == 1) {
            return List.of(view(turn.chatId(), user, mine.get(0), locale));
        }
        List<List<Button>> rows = mine.stream()
                .map(course -> List.of(new Button(course.title(), AREA + ":show:" + Button.digest(course.code().value()))))
                .toList();
        return List.of(new Reply(turn.chatId(), prompts.render(locale, "team.pick"), new Keyboard.Inline(rows)));
    }

    @Override
    public List<Outbound> onButton(Turn turn, Inbound.ButtonPress press) {
        Locale locale = turn.locale();
        String[] parts = press.data().split(":", -1);
        if (press.chatKind() != ChatKind.PRIVATE || turn.learner().isEmpty() || parts.length < 3) {
            return List.of(new Outbound.AnswerPress(press.callbackId(), prompts.render(locale, "button.expired")));
        }
        LearnerId user = turn.requireLearner().id();
        Optional<Course> course = mine(user).stream().filter(c -> Button.digest(c.code().value()).equals(parts[2])).findFirst();
        if (course.isEmpty()) {
            return List.of(new Outbound.AnswerPress(press.callbackId(), prompts.render(locale, "button.expired")));
        }
        List<Outbound> answer = new ArrayList<>();
        answer.add(new Outbound.AnswerPress(press.callbackId(), ""));
        switch (parts[1]) {
            case "show" -> answer.add(view(turn.chatId(), user, course.get(), locale));
            case "inv" -> answer.add(Reply.of(turn.chatId(), invited(team.invite(user, course.get().code()), locale)));
            case "rm" -> {
                Optional<LearnerId> member = parts.length == 4 ? parseId(parts[3]) : Optional.empty();
                if (member.isEmpty()) {
                    return List.of(new Outbound.AnswerPress(press.callbackId(), prompts.render(locale, "button.expired")));
                }
                answer.add(Reply.of(turn.chatId(), removed(team.remove(user, course.get().code(), member.get()), user, locale)));
            }
            default -> {
                return List.of(new Outbound.AnswerPress(press.callbackId(), prompts.render(locale, "button.expired")));
            }
        }
        return answer;
    }

    @Override
    public boolean opens(String payload) {
        return payload.startsWith(INVITE_PREFIX);
    }

    /** An invite link opened: the opener joins the team, and the owner hears of it. */
    @Override
    public List<Outbound> open(Turn turn, String payload) {
        Locale locale = turn.locale();
        Learner user = turn.requireLearner();
        var outcome = team.accept(user.id(), payload.substring(INVITE_PREFIX.length()));
        if (outcome instanceof ManagingTeam.Outcome.Joined joined) {
            Course course = joined.course();
            Locale ownerLocale = learners.find(course.creator()).map(owner -> prompts.localeFor(owner.languageCode())).orElse(locale);
            return List.of(
                    Reply.of(turn.chatId(), prompts.render(locale, "team.joined", Map.of("title", course.title()))),
                    Reply.of(course.creator().value(), prompts.render(ownerLocale, "team.joined_owner",
                            Map.of("name", nameOf(user.id(), ownerLocale), "title", course.title()))));
        }
        if (outcome instanceof ManagingTeam.Outcome.AlreadyInTeam already) {
            return List.of(Reply.of(turn.chatId(), prompts.render(locale, "team.already", Map.of("title", already.course().title()))));
        }
        return List.of(Reply.of(turn.chatId(), prompts.render(locale, "team.invite_not_valid")));
    }

    private List<Course> mine(LearnerId user) {
        return courses.runBy(user);
    }

    private Reply view(long chatId, LearnerId user, Course course, Locale locale) {
        String digest = Button.digest(course.code().value());
        var text = new StringBuilder(prompts.render(locale, "team.view", Map.of("title", course.title(),
                "code", course.code().value(), "owner", nameOf(course.creator(), locale), "count", course.coCreators().size())));
        for (LearnerId member : course.coCreators()) {
            text.append('\n').append(prompts.render(locale, "team.member_line", Map.of("name", nameOf(member, locale))));
        }
        List<List<Button>> rows = new ArrayList<>();
        if (course.isOwnedBy(user)) {
            text.append("\n\n").append(prompts.render(locale, "team.owner_hint"));
            rows.add(List.of(new Button(prompts.render(locale, "team.button.invite"), AREA + ":inv:" + digest)));
            for (LearnerId member : course.coCreators()) {
                rows.add(List.of(new Button(prompts.render(locale, "team.button.remove", Map.of("name", nameOf(member, locale))),
                        AREA + ":rm:" + digest + ":" + member.value())));
            }
        } else {
            rows.add(List.of(new Button(prompts.render(locale, "team.button.leave"), AREA + ":rm:" + digest + ":" + user.value())));
        }
        return new Reply(chatId, text.toString(), new Keyboard.Inline(rows));
    }

    private String invited(ManagingTeam.Outcome outcome, Locale locale) {
        if (outcome instanceof ManagingTeam.Outcome.Invited invited) {
            Course course = invited.course();
            return prompts.render(locale, "team.invite", Map.of("title", course.title(),
                    "link", "https://t.me/" + botUsername.get() + "?start=" + INVITE_PREFIX + invited.invite().token(),
                    "date", LocalTimes.value(invited.invite().expiresAt().atZone(course.zone()).toLocalDate(), course.zone(), locale)));
        }
        return refusal(outcome, locale);
    }

    private String removed(ManagingTeam.Outcome outcome, LearnerId user, Locale locale) {
        if (outcome instanceof ManagingTeam.Outcome.Removed removed) {
            return removed.member().equals(user)
                    ? prompts.render(locale, "team.left", Map.of("title", removed.course().title()))
                    : prompts.render(locale, "team.removed", Map.of("name", nameOf(removed.member(), locale), "title", removed.course().title()));
        }
        if (outcome instanceof ManagingTeam.Outcome.NotInTeam) {
            return prompts.render(locale, "team.not_in_team");
        }
        return refusal(outcome, locale);
    }

    private String refusal(ManagingTeam.Outcome outcome, Locale locale) {
        return outcome instanceof ManagingTeam.Outcome.OwnerOnly
                ? prompts.render(locale, "team.owner_only")
                : prompts.render(locale, "team.unknown");
    }

    private String nameOf(LearnerId id, Locale locale) {
        return learners.find(id).map(Learner::firstName).filter(name -> !name.isBlank())
                .orElseGet(() -> prompts.render(locale, "team.unnamed", Map.of("id", Long.toString(id.value()))));
    }

    private static Optional<LearnerId> parseId(String text) {
        try {
            long id = Long.parseLong(text);
            return id > 0 ? Optional.of(new LearnerId(id)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
