package app.paceline.bot.conversation;

import app.paceline.bot.inbound.ChatKind;
import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Button;
import app.paceline.bot.outbound.Keyboard;
import app.paceline.bot.outbound.Outbound;
import app.paceline.bot.outbound.Outbound.AnswerPress;
import app.paceline.bot.outbound.Outbound.Reply;
import app.paceline.bot.render.LocalTimes;
import app.paceline.calendar.input.BookingBounds;
import app.paceline.calendar.input.TimeInput;
import app.paceline.calendar.input.TimeProblem;
import app.paceline.calendar.input.TimeReading;
import app.paceline.course.Course;
import app.paceline.course.CourseCode;
import app.paceline.course.CourseCreators;
import app.paceline.course.CourseFile;
import app.paceline.course.Courses;
import app.paceline.course.ImportOutcome;
import app.paceline.course.ImportingCourse;
import app.paceline.course.Session;
import app.paceline.learner.Learner;
import app.paceline.learner.LearnerId;
import app.paceline.learner.TimeZoneInput;
import app.paceline.prompts.Prompts;
import java.net.URI;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /new} ({@code NewCommand}): a short guided setup in private chat for what creators would otherwise write in a course file (see
 * {@code setup.mmd}): a new course (title, code, time zone) or one live session of a course they run (title, start in
 * the course's zone, length, call link). What it builds is imported by the same rules as a file
 * ({@link ImportingCourse#importBuilt}): only those allowed to create courses create one, only the course's team
 * adds to it, and learners' nudges follow at once. Every step checks its input and asks again, changing nothing,
 * until the last one saves; {@code /cancel} leaves at any step. Buttons act only on the presser's own flow and
 * courses.
 */
public final class SetupConversation implements Conversation {

    public static final String FLOW = "setup";
    static final String AREA = "new";
    /** Session lengths offered as buttons, in minutes. */
    static final List<Integer> LENGTHS = List.of(30, 45, 60, 90, 120);
    static final int MAX_TITLE = 200;
    /** How far ahead a session set up here may start. */
    static final Duration HORIZON = Duration.ofDays(366);
    private static final Pattern LENGTH = Pattern.compile("(?:(\\d{1,2})\\s*(?:h|ч))?\\s*(?:(\\d{1,3})\\s*(?:m|min|мин|м)?)?",
            Pattern.CASE_INSENSITIVE);

    /** The steps; each one's context holds what was answered before it, one value per line. */
    enum Step {
        /** Context empty. */
        COURSE_TITLE,
        /** Context: title. */
        COURSE_CODE,
        /** Context: title, code. */
        COURSE_ZONE,
        /** Context: course code. */
        SESSION_TITLE,
        /** Context: course code, title. */
        SESSION_START,
        /** Context: course code, title, start (epoch second). */
        SESSION_LENGTH,
        /** Context: course code, title, start, minutes. */
        SESSION_LINK
    }

    private final ImportingCourse importing;
    private final Courses courses;
    private final CourseCreators creators;
    private final ConversationStates states;
    private final TimeInput timeInput;
    private final TimeZoneInput zoneInput;
    private final Prompts prompts;
    private final Clock clock;
    private final Supplier<String> botUsername;

    public SetupConversation(ImportingCourse importing, Courses courses, CourseCreators creators, ConversationStates states,
                             TimeInput timeInput, TimeZoneInput zoneInput, Prompts prompts, Clock clock, Supplier<String> botUsername) {
        this.importing = importing;
        this.courses = courses;
        this.creators = creators;
        this.states = states;
        this.timeInput = timeInput;
        this.zoneInput = zoneInput;
        this.prompts = prompts;
        this.clock = clock;
        this.botUsername = botUsername;
    }

    @Override
    public String flow() {
        return FLOW;
    }

    @Override
    public String buttonArea() {
        return AREA;
    }

    /** {@code /new}: what to set up. */
    public List<Outbound> begin(Turn turn) {
        states.clear(turn.chatId(), turn.inbound().sender().userId());
        return List.of(new Reply(turn.chatId(), text(turn, "setup.menu"), new Keyboard.Inline(List.of(
                List.of(new Button(text(turn, "setup.button.course"), AREA + ":course")),
                List.of(new Button(text(turn, "setup.button.session"), AREA + ":session"))))));
    }

    @Override
    public List<Outbound> onButton(Turn turn, Inbound.ButtonPress press) {
        if (press.chatKind() != ChatKind.PRIVATE || turn.learner().isEmpty()) {
            return List.of(expired(turn, press));
        }
        String[] parts = press.data().split(":", 3);
        String verb = parts.length > 1 ? parts[1] : "";
        var ok = new AnswerPress(press.callbackId(), "");
        switch (verb) {
            case "course" -> {
                return prepend(ok, startCourse(turn));
            }
            case "session" -> {
                return prepend(ok, pickCourse(turn));
            }
            case "sc" -> {
                Optional<Course> course = parts.length == 3 ? ownCourse(turn, parts[2]) : Optional.empty();
                return course.isEmpty() ? List.of(expired(turn, press)) : prepend(ok, askSessionTitle(turn, course.get()));
            }
            default -> {
                // The rest answer a step of a flow the presser is in right now.
                Optional<ConversationState> state = states.find(turn.chatId(), turn.inbound().sender().userId())
                        .filter(found -> found.flow().equals(FLOW));
                if (state.isEmpty()) {
                    return List.of(expired(turn, press));
                }
                List<String> context = context(state.get());
                if (verb.equals("code") && is(state.get(), Step.COURSE_CODE)) {
                    return prepend(ok, codeChosen(turn, context, suggestedCode(context.get(0))));
                }
                if (verb.equals("zone") && is(state.get(), Step.COURSE_ZONE) && turn.requireLearner().timeZone().isPresent()) {
                    return prepend(ok, createCourse(turn, context, turn.requireLearner().timeZone().get()));
                }
                if (verb.equals("len") && is(state.get(), Step.SESSION_LENGTH) && parts.length == 3
                        && LENGTHS.stream().map(String::valueOf).anyMatch(parts[2]::equals)) {
                    return prepend(ok, lengthChosen(turn, context, Integer.parseInt(parts[2])));
                }
                if (verb.equals("nolink") && is(state.get(), Step.SESSION_LINK)) {
                    return prepend(ok, addSession(turn, context, Optional.empty()));
                }
                return List.of(expired(turn, press));
            }
        }
    }

    @Override
    public List<Outbound> onText(Turn turn, ConversationState state, String text) {
        Step step;
        try {
            step = Step.valueOf(state.step());
        } catch (IllegalArgumentException storedByAnotherVersion) {
            leave(turn);
            return begin(turn);
        }
        List<String> context = context(state);
        String typed = text.strip();
        return switch (step) {
            case COURSE_TITLE -> validTitle(typed)
                    ? askCode(turn, typed)
                    : List.of(Reply.of(turn.chatId(), text(turn, "setup.bad_title")));
            case COURSE_CODE -> codeTyped(turn, context, typed);
            case COURSE_ZONE -> zoneInput.parse(typed)
                    .map(zone -> createCourse(turn, context, zone))
                    .orElseGet(() -> List.of(Reply.of(turn.chatId(), prompts.render(turn.locale(), "setup.bad_zone", Map.of("input", typed)))));
            case SESSION_TITLE -> sessionTitled(turn, context, typed);
            case SESSION_START -> startTyped(turn, context, typed);
            case SESSION_LENGTH -> parseLength(typed)
                    .map(minutes -> lengthChosen(turn, context, minutes))
                    .orElseGet(() -> List.of(Reply.of(turn.chatId(), prompts.render(turn.locale(), "setup.bad_length", Map.of("input", typed)))));
            case SESSION_LINK -> linkTyped(turn, context, typed);
        };
    }

    // ---- a new course ---------------------------------------------------------------------------------------------

    private List<Outbound> startCourse(Turn turn) {
        if (!creators.mayCreate(turn.requireLearner().id())) {
            leave(turn);
            return List.of(Reply.of(turn.chatId(), text(turn, "course.not_allowed_to_create")));
        }
        save(turn, Step.COURSE_TITLE);
        return List.of(Reply.of(turn.chatId(), text(turn, "setup.ask_title")));
    }

    private List<Outbound> askCode(Turn turn, String title) {
        save(turn, Step.COURSE_CODE, title);
        String code = suggestedCode(title);
        return List.of(new Reply(turn.chatId(), prompts.render(turn.locale(), "setup.ask_code", Map.of("bot", botUsername.get(), "code", code)),
                Keyboard.Inline.row(new Button(prompts.render(turn.locale(), "setup.button.use_code", Map.of("code", code)), AREA + ":code"))));
    }

    private List<Outbound> codeTyped(Turn turn, List<String> context, String typed) {
        Optional<CourseCode> code = CourseCode.parse(typed);
        if (code.isEmpty() || typed.startsWith("cocreate--")) {
            return List.of(Reply.of(turn.chatId(), prompts.render(turn.locale(), "setup.bad_code", Map.of("input", typed))));
        }
        return codeChosen(turn, context, typed);
    }

    private List<Outbound> codeChosen(Turn turn, List<String> context, String code) {
        if (courses.find(new CourseCode(code)).isPresent()) {
            return List.of(Reply.of(turn.chatId(), prompts.render(turn.locale(), "setup.code_taken", Map.of("code", code))));
        }
        save(turn, Step.COURSE_ZONE, context.get(0), code);
        Optional<ZoneId> mine = turn.requireLearner().timeZone();
        Keyboard keyboard = mine.<Keyboard>map(zone -> Keyboard.Inline.row(new Button(
                prompts.render(turn.locale(), "setup.button.my_zone", Map.of("zone", zone.getId())), AREA + ":zone"))).orElse(Keyboard.none());
        return List.of(new Reply(turn.chatId(), text(turn, "setup.ask_zone"), keyboard));
    }

    private List<Outbound> createCourse(Turn turn, List<String> context, ZoneId zone) {
        String title = context.get(0);
        CourseCode code = new CourseCode(context.get(1));
        ImportOutcome outcome = importing.importBuilt(turn.requireLearner().id().value(),
                new CourseFile(code, title, zone, List.of(), List.of(), List.of()));
        if (outcome instanceof ImportOutcome.Created created) {
            leave(turn);
            return List.of(new Reply(turn.chatId(), prompts.render(turn.locale(), "setup.course_created", Map.of("title", title,
                    "link", "https://t.me/" + botUsername.get() + "?start=" + code.value(), "zone", zone.getId())),
                    Keyboard.Inline.row(new Button(text(turn, "setup.button.add_session"), AREA + ":sc:" + Button.digest(code.value())))));
        }
        if (outcome instanceof ImportOutcome.NotAllowedToCreate) {
            leave(turn);
            return List.of(Reply.of(turn.chatId(), text(turn, "course.not_allowed_to_create")));
        }
        // Someone took the code while we asked for the zone: pick another.
        save(turn, Step.COURSE_CODE, title);
        return List.of(Reply.of(turn.chatId(), prompts.render(turn.locale(), "setup.code_taken", Map.of("code", code.value()))));
    }

    // ---- a live session -------------------------------------------------------------------------------------------

    private List<Outbound> pickCourse(Turn turn) {
        List<Course> mine = courses.runBy(turn.requireLearner().id());
        if (mine.isEmpty()) {
            leave(turn);
            return List.of(Reply.of(turn.chatId(), text(turn, "setup.no_courses")));
        }
        if (mine.size() == 1) {
            return askSessionTitle(turn, mine.get(0));
        }
        List<List<Button>> rows = mine.stream()
                .map(course -> List.of(new Button(course.title(), AREA + ":sc:" + Button.digest(course.code().value())))).toList();
        return List.of(new Reply(turn.chatId(), text(turn, "setup.pick_course"), new Keyboard.Inline(rows)));
    }

    private List<Outbound> askSessionTitle(Turn turn, Course course) {
        save(turn, Step.SESSION_TITLE, course.code().value());
        return List.of(Reply.of(turn.chatId(), prompts.render(turn.locale(), "setup.ask_session_title", Map.of("course", course.title()))));
    }

    private List<Outbound> sessionTitled(Turn turn, List<String> context, String typed) {
        Optional<Course> course = teamCourse(turn, context.get(0));
        if (course.isEmpty()) {
            return gone(turn);
        }
        if (!validTitle(typed)) {
            return List.of(Reply.of(turn.chatId(), text(turn, "setup.bad_session_title")));
        }
        save(turn, Step.SESSION_START, context.get(0), typed);
        return List.of(Reply.of(turn.chatId(), prompts.render(turn.locale(), "setup.ask_start", Map.of("title", typed,
                "zone", LocalTimes.zone(course.get().zone())))));
    }

    private List<Outbound> startTyped(Turn turn, List<String> context, String typed) {
        Optional<Course> course = teamCourse(turn, context.get(0));
        if (course.isEmpty()) {
            return gone(turn);
        }
        ZoneId zone = course.get().zone();
        Instant now = clock.instant();
        TimeReading reading = timeInput.read(typed, turn.locale(), zone, now, new BookingBounds(now, now.plus(HORIZON)));
        if (reading instanceof TimeReading.NotUnderstood problem) {
            String answer = problem.problem() == TimeProblem.AFTER_DEADLINE || problem.problem() == TimeProblem.TOO_FAR
                    ? prompts.render(turn.locale(), "time.problem.too_far", Map.of("days", HORIZON.toDays()))
                    : prompts.render(turn.locale(), "time.problem." + problem.problem().key(), LocalTimes.values(problem.arguments(), zone, turn.locale()));
            return List.of(Reply.of(turn.chatId(), answer));
        }
        Instant start = ((TimeReading.Understood) reading).at();
        save(turn, Step.SESSION_LENGTH, context.get(0), context.get(1), Long.toString(start.getEpochSecond()));
        List<Button> lengths = LENGTHS.stream().map(minutes -> new Button(
                prompts.render(turn.locale(), "setup.button.minutes", Map.of("minutes", minutes)), AREA + ":len:" + minutes)).toList();
        return List.of(new Reply(turn.chatId(), text(turn, "setup.ask_length"), new Keyboard.Inline(List.of(lengths))));
    }

    private List<Outbound> lengthChosen(Turn turn, List<String> context, int minutes) {
        save(turn, Step.SESSION_LINK, context.get(0), context.get(1), context.get(2), Integer.toString(minutes));
        return List.of(new Reply(turn.chatId(), text(turn, "setup.ask_link"),
                Keyboard.Inline.row(new Button(text(turn, "setup.button.no_link"), AREA + ":nolink"))));
    }

    private List<Outbound> linkTyped(Turn turn, List<String> context, String typed) {
        try {
            URI link = new URI(typed);
            String scheme = link.getScheme() == null ? "" : link.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && link.getHost() != null && typed.length() <= 2000) {
                return addSession(turn, context, Optional.of(link));
            }
        } catch (java.net.URISyntaxException notALink) {
            // answered below
        }
        return List.of(Reply.of(turn.chatId(), text(turn, "setup.bad_link")));
    }

    private List<Outbound> addSession(Turn turn, List<String> context, Optional<URI> link) {
        Optional<Course> found = teamCourse(turn, context.get(0));
        if (found.isEmpty()) {
            return gone(turn);
        }
        Course course = found.get();
        Instant start = Instant.ofEpochSecond(Long.parseLong(context.get(2)));
        int minutes = Integer.parseInt(context.get(3));
        if (!start.isAfter(clock.instant())) {
            save(turn, Step.SESSION_START, context.get(0), context.get(1));
            return List.of(Reply.of(turn.chatId(), prompts.render(turn.locale(), "setup.start_passed",
                    Map.of("time", LocalTimes.moment(start, course.zone(), turn.locale())))));
        }
        String title = context.get(1);
        Session session = new Session(sessionId(course, title), title, start.atZone(course.zone()).toLocalDateTime(),
                Duration.ofMinutes(minutes), link, Optional.empty(), Optional.empty());
        List<Session> sessions = new ArrayList<>(course.sessions());
        sessions.add(session);
        ImportOutcome outcome = importing.importBuilt(turn.requireLearner().id().value(),
                new CourseFile(course.code(), course.title(), course.zone(), course.assignments(), sessions, course.challenges()));
        leave(turn);
        if (!(outcome instanceof ImportOutcome.Updated)) {
            return gone(turn);
        }
        return List.of(Reply.of(turn.chatId(), prompts.render(turn.locale(), "setup.session_added", Map.of("title", title,
                "course", course.title(), "time", LocalTimes.moment(start, course.zone(), turn.locale()),
                "zone", LocalTimes.zone(course.zone()), "minutes", minutes))));
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    /** A session id for the title, unique in the course: its letters and digits, numbered when taken. */
    static String sessionId(Course course, String title) {
        String base = slug(title, 28);
        if (base.isEmpty()) {
            base = "session";
        }
        String id = base;
        for (int n = 2; course.session(id).isPresent(); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** A free course code for the title: its letters and digits, numbered when taken. */
    String suggestedCode(String title) {
        String base = slug(title, 40);
        if (base.isEmpty()) {
            base = "course";
        }
        String code = base;
        for (int n = 2; courses.find(new CourseCode(code)).isPresent(); n++) {
            code = base + "-" + n;
        }
        return code;
    }

    /** Lower-case ASCII letters and digits of {@code text}, words joined by dashes, at most {@code max} characters. */
    static String slug(String text, int max) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        slug = slug.length() > max ? slug.substring(0, max).replaceAll("-+$", "") : slug;
        return slug;
    }

    static Optional<Integer> parseLength(String typed) {
        Matcher matcher = LENGTH.matcher(typed.strip());
        if (typed.isBlank() || !matcher.matches() || (matcher.group(1) == null && matcher.group(2) == null)) {
            return Optional.empty();
        }
        int minutes = (matcher.group(1) == null ? 0 : Integer.parseInt(matcher.group(1)) * 60)
                + (matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2)));
        Duration length = Duration.ofMinutes(minutes);
        return length.compareTo(Session.MIN_DURATION) < 0 || length.compareTo(Session.MAX_DURATION) > 0
                ? Optional.empty() : Optional.of(minutes);
    }

    private static boolean validTitle(String typed) {
        return !typed.isEmpty() && typed.length() <= MAX_TITLE && typed.indexOf('\n') < 0;
    }

    private Optional<Course> ownCourse(Turn turn, String digest) {
        return courses.createdBy(turn.requireLearner().id()).stream()
                .filter(course -> Button.digest(course.code().value()).equals(digest)).findFirst();
    }

    private Optional<Course> teamCourse(Turn turn, String code) {
        LearnerId user = turn.requireLearner().id();
        return CourseCode.parse(code).flatMap(courses::find).filter(course -> course.isEditableBy(user));
    }

    private List<Outbound> gone(Turn turn) {
        leave(turn);
        return List.of(Reply.of(turn.chatId(), text(turn, "team.unknown")));
    }

    private static boolean is(ConversationState state, Step step) {
        return state.step().equals(step.name());
    }

    private static List<String> context(ConversationState state) {
        return List.of(state.context().split("\n", -1));
    }

    private void save(Turn turn, Step step, String... context) {
        states.save(new ConversationState(turn.chatId(), turn.inbound().sender().userId(), FLOW, step.name(), clock.instant(),
                String.join("\n", context)));
    }

    private void leave(Turn turn) {
        states.clear(turn.chatId(), turn.inbound().sender().userId());
    }

    private String text(Turn turn, String key) {
        return prompts.render(turn.locale(), key);
    }

    private AnswerPress expired(Turn turn, Inbound.ButtonPress press) {
        return new AnswerPress(press.callbackId(), prompts.render(turn.locale(), "button.expired"));
    }

    private static List<Outbound> prepend(Outbound first, List<Outbound> rest) {
        List<Outbound> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
