package app.paceline.bot.conversation;

import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Button;
import app.paceline.bot.outbound.Keyboard;
import app.paceline.bot.outbound.Outbound;
import app.paceline.bot.outbound.Outbound.AnswerPress;
import app.paceline.bot.outbound.Outbound.EditButtons;
import app.paceline.bot.outbound.Outbound.Reply;
import app.paceline.bot.render.LocalTimes;
import app.paceline.calendar.ChangingSettings;
import app.paceline.learner.Learner;
import app.paceline.prompts.Prompts;
import app.paceline.session.ChangingSessionLeads;
import app.paceline.time.QuietHours;
import app.paceline.time.QuietHoursInput;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code /settings} (see {@code settings.mmd}): the learner's time zone, quiet hours and reminder lead, each
 * changed with buttons. Quiet hours may also be typed ({@link Step#AWAITING_QUIET_HOURS}); the reminder lead is one
 * of {@link Learner#REMINDER_LEADS}; the time zone hands over to {@link TimeZoneConversation}. Bad input changes
 * nothing.
 */
public final class SettingsConversation implements Conversation {

    public static final String FLOW = "settings";
    public static final String BUTTON_AREA = "set";

    /** One-tap quiet hours; anything else is typed. */
    static final List<QuietHours> QUIET_PRESETS = List.of(
            new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0)),
            new QuietHours(LocalTime.of(23, 0), LocalTime.of(8, 0)),
            new QuietHours(LocalTime.of(21, 0), LocalTime.of(6, 0)),
            new QuietHours(LocalTime.of(0, 0), LocalTime.of(9, 0)));

    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("HHmm");

    enum Step {
        AWAITING_QUIET_HOURS
    }

    private final ChangingSettings settings;
    private final ChangingSessionLeads sessionLeads;
    private final TimeZoneConversation timeZone;
    private final ConversationStates states;
    private final Prompts prompts;
    private final Clock clock;

    public SettingsConversation(ChangingSettings settings, ChangingSessionLeads sessionLeads, TimeZoneConversation timeZone,
                                ConversationStates states, Prompts prompts, Clock clock) {
        this.settings = settings;
        this.sessionLeads = sessionLeads;
        this.timeZone = timeZone;
        this.states = states;
        this.prompts = prompts;
        this.clock = clock;
    }

    @Override
    public String flow() {
        return FLOW;
    }

    @Override
    public String buttonArea() {
        return BUTTON_AREA;
    }

    /** {@code /settings}: what is set now, with a button for each. */
    public List<Outbound> show(Turn turn) {
        Learner learner = turn.requireLearner();
        var locale = turn.locale();
        String zone = learner.timeZone()
                .map(z -> prompts.render(locale, "settings.zone", Map.of("zone", LocalTimes.zone(z),
                        "time", LocalTimes.clock(clock.instant().atZone(z)))))
                .orElseGet(() -> prompts.render(locale, "settings.zone_unset"));
        String text = String.join("\n",
                prompts.render(locale, "settings.header"),
                zone,
                quietLine(turn, learner.quietHours()),
                prompts.render(locale, "settings.lead", Map.of("minutes", learner.reminderLead().toMinutes())),
                sessionLeadsLine(turn, learner));
        return List.of(new Reply(turn.chatId(), text, new Keyboard.Inline(List.of(
                List.of(new Button(prompts.render(locale, "settings.button.zone"), BUTTON_AREA + ":tz"),
                        new Button(prompts.render(locale, "settings.button.quiet"), BUTTON_AREA + ":quiet")),
                List.of(new Button(prompts.render(locale, "settings.button.lead"), BUTTON_AREA + ":lead"),
                        new Button(prompts.render(locale, "settings.button.session_leads"), BUTTON_AREA + ":live"))))));
    }

    private String sessionLeadsLine(Turn turn, Learner learner) {
        if (learner.sessionLeads().isEmpty()) {
            return prompts.render(turn.locale(), "settings.session_leads_none");
        }
        List<String> leads = learner.sessionLeads().stream()
                .map(lead -> prompts.render(turn.locale(), "settings.session_lead", Map.of("minutes", lead.toMinutes())))
                .toList();
        String joined = leads.size() == 1 ? leads.get(0)
                : String.join(", ", leads.subList(0, leads.size() - 1)) + " " + prompts.render(turn.locale(), "settings.session_leads.and")
                        + " " + leads.get(leads.size() - 1);
        return prompts.render(turn.locale(), "settings.session_leads", Map.of("leads", joined));
    }

    /** One toggle button per lead offered, ticked when on. */
    private Keyboard.Inline sessionLeadButtons(Turn turn, Learner learner) {
        List<Button> buttons = Learner.SESSION_LEADS.stream()
                .map(lead -> new Button((learner.sessionLeads().contains(lead) ? "✓ " : "")
                        + prompts.render(turn.locale(), "settings.session_lead", Map.of("minutes", lead.toMinutes())),
                        BUTTON_AREA + ":sl:" + lead.toMinutes()))
                .toList();
        return new Keyboard.Inline(List.of(buttons));
    }

    @Override
    public List<Outbound> onText(Turn turn, ConversationState state, String text) {
        Optional<QuietHours> hours = QuietHoursInput.parse(text);
        if (hours.isEmpty()) {
            return List.of(Reply.of(turn.chatId(), prompts.render(turn.locale(), "settings.quiet.not_understood",
                    Map.of("input", text.strip()))));
        }
        states.clear(turn.chatId(), turn.inbound().sender().userId());
        return storeQuietHours(turn, hours.get());
    }

    @Override
    public List<Outbound> onButton(Turn turn, Inbound.ButtonPress press) {
        String[] parts = press.data().split(":");
        var answer = new AnswerPress(press.callbackId(), "");
        String verb = parts.length > 1 ? parts[1] : "";
        switch (verb) {
            case "tz":
                return Stream.concat(Stream.of(answer), timeZone.begin(turn).stream()).toList();
            case "quiet":
                return List.of(answer, askQuietHours(turn));
            case "lead":
                return List.of(answer, askLead(turn));
            case "live":
                return List.of(answer, new Reply(turn.chatId(), prompts.render(turn.locale(), "settings.session_leads.ask"),
                        sessionLeadButtons(turn, turn.requireLearner())));
            case "sl":
                Optional<Learner> toggled = parts.length == 3
                        ? minutes(parts[2]).flatMap(lead -> sessionLeads.toggle(turn.requireLearner().id(), lead)) : Optional.empty();
                if (toggled.isPresent()) {
                    return List.of(new AnswerPress(press.callbackId(), Prompts.plain(sessionLeadsLine(turn, toggled.get()))),
                            new EditButtons(press.chatId(), press.messageId(), sessionLeadButtons(turn, toggled.get())));
                }
                break;
            case "q":
                Optional<QuietHours> hours = parts.length == 3 ? preset(parts[2]) : Optional.empty();
                if (hours.isPresent()) {
                    states.clear(turn.chatId(), turn.inbound().sender().userId());
                    return Stream.concat(Stream.of(answer), storeQuietHours(turn, hours.get()).stream()).toList();
                }
                break;
            case "l":
                Optional<Duration> lead = parts.length == 3 ? minutes(parts[2]) : Optional.empty();
                Optional<Learner> changed = lead.flatMap(l -> settings.reminderLead(turn.requireLearner().id(), l));
                if (changed.isPresent()) {
                    return List.of(answer, Reply.of(turn.chatId(), prompts.render(turn.locale(), "settings.lead.saved",
                            Map.of("minutes", changed.get().reminderLead().toMinutes()))));
                }
                break;
            default:
                break;
        }
        return List.of(new AnswerPress(press.callbackId(), prompts.render(turn.locale(), "button.expired")));
    }

    private Reply askQuietHours(Turn turn) {
        states.save(new ConversationState(turn.chatId(), turn.inbound().sender().userId(), FLOW,
                Step.AWAITING_QUIET_HOURS.name(), clock.instant()));
        List<List<Button>> rows = new ArrayList<>();
        List<Button> row = new ArrayList<>();
        for (QuietHours preset : QUIET_PRESETS) {
            row.add(new Button(span(preset), BUTTON_AREA + ":q:" + COMPACT.format(preset.start()) + "-" + COMPACT.format(preset.end())));
            if (row.size() == 2) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        rows.add(List.of(new Button(prompts.render(turn.locale(), "settings.quiet.button.off"), BUTTON_AREA + ":q:off")));
        return new Reply(turn.chatId(), prompts.render(turn.locale(), "settings.quiet.ask"), new Keyboard.Inline(rows));
    }

    private Reply askLead(Turn turn) {
        Duration current = turn.requireLearner().reminderLead();
        List<Button> buttons = Learner.REMINDER_LEADS.stream()
                .map(lead -> new Button((lead.equals(current) ? "✓ " : "")
                        + prompts.render(turn.locale(), "settings.lead.option", Map.of("minutes", lead.toMinutes())),
                        BUTTON_AREA + ":l:" + lead.toMinutes()))
                .toList();
        return new Reply(turn.chatId(), prompts.render(turn.locale(), "settings.lead.ask"),
                new Keyboard.Inline(List.of(buttons.subList(0, 3), buttons.subList(3, buttons.size()))));
    }

    private List<Outbound> storeQuietHours(Turn turn, QuietHours hours) {
        Optional<Learner> changed = settings.quietHours(turn.requireLearner().id(), hours);
        if (changed.isEmpty()) {
            return List.of(Reply.of(turn.chatId(), prompts.render(turn.locale(), "error.generic")));
        }
        String saved = hours.equals(QuietHours.NONE)
                ? prompts.render(turn.locale(), "settings.quiet.saved_none")
                : prompts.render(turn.locale(), "settings.quiet.saved", Map.of("hours", span(hours)));
        return List.of(Reply.of(turn.chatId(), saved));
    }

    private String quietLine(Turn turn, QuietHours hours) {
        if (hours.equals(QuietHours.NONE)) {
            return prompts.render(turn.locale(), "settings.quiet_none");
        }
        return prompts.render(turn.locale(), "settings.quiet", Map.of("hours", span(hours)));
    }

    private static String span(QuietHours hours) {
        return LocalTimes.clock(hours.start().atDate(java.time.LocalDate.EPOCH).atZone(ZoneOffset.UTC)) + "–"
                + LocalTimes.clock(hours.end().atDate(java.time.LocalDate.EPOCH).atZone(ZoneOffset.UTC));
    }

    private static Optional<QuietHours> preset(String data) {
        if (data.equals("off")) {
            return Optional.of(QuietHours.NONE);
        }
        return QUIET_PRESETS.stream()
                .filter(preset -> (COMPACT.format(preset.start()) + "-" + COMPACT.format(preset.end())).equals(data))
                .findFirst();
    }

    private static Optional<Duration> minutes(String data) {
        try {
            return Optional.of(Duration.ofMinutes(Long.parseLong(data)));
        } catch (NumberFormatException | ArithmeticException forged) {
            return Optional.empty();
        }
    }
}
