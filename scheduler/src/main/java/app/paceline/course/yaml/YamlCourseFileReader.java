package app.paceline.course.yaml;

import app.paceline.course.Assignment;
import app.paceline.course.AssignmentWindow;
import app.paceline.course.Challenge;
import app.paceline.course.CourseCode;
import app.paceline.course.CourseFile;
import app.paceline.course.CourseFileReader;
import app.paceline.course.CourseProblem;
import app.paceline.course.CourseProblem.Code;
import app.paceline.course.JoinOffset;
import app.paceline.course.Session;
import app.paceline.course.TelegramHtmlSubset;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a course file written in YAML, strictly: every problem is collected (not just the first) with its line,
 * column and field path, and a file with any problem yields no course.
 *
 * <h2>The format</h2>
 * <pre>{@code
 * course:
 *   title: Master Baker              # required, up to 200 characters
 *   code: baker-2026                 # required, 1-64 of A-Z a-z 0-9 _ -; the join link is t.me/<bot>?start=<code>
 *   timezone: America/New_York       # required, an IANA zone id (any letter case)
 * assignments:                       # required, 1 to 500 entries
 *   - id: sourcing                   # required, 1-32 of A-Z a-z 0-9 _ -, unique in the file, keep it stable
 *     title: Sourcing ingredients    # required, up to 200 characters
 *     link: https://example.org/x    # optional, http or https, up to 2000 characters
 *     effort: 45m                    # required, 1 minute to 200 hours: 45m, 1h30m, 2h
 *     opens: 2026-12-01T00:00        # either a fixed window in course-local time (T or a blank between date and time,
 *     due: 2026-12-07T23:59          #   seconds optional, no offset), due after opens
 *   - id: knife-skills
 *     title: Knife skills video
 *     effort: 30m
 *     opens_after_join: 0d           # or a window relative to each learner's join: days (calendar days in the
 *     due_after_join: 7d             #   course zone), hours, minutes, like 0d, 7d, 36h, 1d12h; up to 730 days
 * sessions:                          # optional, up to 50 live sessions (see course-file.md)
 *   - id: qa
 *     title: Live Q&A
 *     starts: 2026-12-03T18:00
 *     duration: 60m
 * challenges:                        # optional: day-by-day challenges, one day released each day
 *   - id: ten-day                    # required, like an assignment id, unique among challenges, keep it stable
 *     title: 10-day baking challenge # required, up to 200 characters
 *     start: 2026-12-01              # required: the date of day 1 for the whole cohort (each learner's local
 *                                    #   date), or on-join (day 1 is the day each learner joins); only that spelling
 *     release_time: "08:00"          # optional, H:MM or HH:MM 24-hour, learner-local, default 08:00
 *     grace_days: 7                  # optional, 0-90, default 7: released days stay open until last day + grace
 *     board: true                    # optional, true or false (not yes/no/on/off), default false: a daily board
 *                                    #   in the course's linked group
 *     days:                          # required, 1 to 100 entries, day 1 first
 *       - title: Starter             # required, up to 200 characters
 *         text: Feed your starter <b>twice</b> today.  # required, up to 3000 characters of Telegram HTML
 *         links:                     # optional, up to 5, each a title (up to 200) and an http(s) url
 *           - title: Starter guide
 *             url: https://example.org/starter
 *         question: How many hours until it doubled?  # optional, up to 250 characters, plain text
 * }</pre>
 * A course needs assignments unless it has sessions or challenges. A day's text may use only what Telegram's HTML
 * parse mode accepts ({@link TelegramHtmlSubset}), so that a day is never refused when it is released. Nothing
 * else is accepted: unknown fields are reported with the fields allowed there. Fixed local times in a
 * daylight-saving gap move forward by the gap, times in an overlap take the earlier offset (see
 * {@link AssignmentWindow#resolve}); dates in the past are fine. JSON with the same structure is accepted too,
 * being YAML.
 *
 * <h2>Hostile input</h2>
 * Files over 256 KB, binary data, anchors and aliases (the "billion laughs" bomb), several documents, nesting
 * deeper than any course file needs, more than 500 assignments and over-long texts are refused with a problem
 * each; YAML tags never construct objects, because only the node tree is composed. {@link #read} never throws.
 *
 * <p>Field paths count entries from 1: {@code assignments[2].due} is the due time of the second assignment,
 * {@code challenges[1].days[3].text} the text of the third day of the first challenge. A valid file comes with the
 * lines of its challenges ({@link Valid#lines()}), so that a re-import refused for taking back released days can
 * say where.
 */
public final class YamlCourseFileReader implements CourseFileReader {

    /** Upper limit of a file, in characters; a Telegram document is checked against it before download too. */
    public static final int MAX_CHARS = 256 * 1024;
    public static final int MAX_ASSIGNMENTS = 500;
    public static final int MAX_TITLE = 200;
    public static final int MAX_LINK = 2000;
    static final Duration MAX_EFFORT = Duration.ofHours(200);
    static final int MAX_OFFSET_DAYS = 730;
    /** A course file nests three levels deep; far deeper is an attack on the parser's stack, not a course. */
    static final int MAX_DEPTH = 20;
    /** Longer values are shortened in problems; the learner sees them in a chat message. */
    static final int MAX_VALUE_SHOWN = 60;

    public static final int MAX_SESSIONS = 50;
    private static final List<String> COURSE_FIELDS = List.of("title", "code", "timezone");
    private static final List<String> ASSIGNMENT_FIELDS = List.of("id", "title", "link", "effort", "opens", "due",
            "opens_after_join", "due_after_join");
    private static final List<String> SESSION_FIELDS = List.of("id", "title", "starts", "duration", "join_url", "repeat",
            "on", "until", "prep");
    private static final List<String> CHALLENGE_FIELDS = List.of("id", "title", "start", "release_time", "grace_days",
            "board", "days");
    private static final List<String> DAY_FIELDS = List.of("title", "text", "links", "question");
    private static final List<String> LINK_FIELDS = List.of("title", "url");
    /** A challenge's {@code start} when day 1 is each learner's join day. */
    public static final String ON_JOIN = "on-join";
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final Pattern GRACE_DAYS = Pattern.compile("\\d{1,3}");
    private static final Pattern LOCAL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Map<String, DayOfWeek> WEEKDAYS = weekdays();
    private static final Pattern LOCAL_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2})?");
    private static final Map<String, String> ZONES_BY_LOWER_CASE = zonesByLowerCase();

    @Override
    public Result read(String text) {
        if (text == null || text.isBlank()) {
            return invalid(CourseProblem.at(Code.EMPTY, 0, 0, ""));
        }
        if (text.length() > MAX_CHARS) {
            return invalid(CourseProblem.at(Code.TOO_LARGE, 0, 0, "").with("limit", MAX_CHARS / 1024));
        }
        String source = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Optional<CourseProblem> binary = firstNonText(source);
        if (binary.isPresent()) {
            return invalid(binary.get());
        }
        List<CourseProblem> structural = scanEvents(source);
        if (!structural.isEmpty()) {
            return new Invalid(structural);
        }
        Node root;
        try {
            root = yaml().compose(new StringReader(source));
        } catch (YAMLException e) {
            return new Invalid(syntaxProblems(source, e));
        }
        if (root == null) {
            return invalid(CourseProblem.at(Code.EMPTY, 0, 0, ""));
        }
        return new Walk().course(root);
    }

    private static Invalid invalid(CourseProblem problem) {
        return new Invalid(List.of(problem));
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CHARS + 1);
        return new Yaml(options);
    }

    /** Control characters or U+FFFD (what undecodable bytes become) mean binary data or a file that is not UTF-8. */
    private static Optional<CourseProblem> firstNonText(String source) {
        int line = 1;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
            } else if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7F || c == '\uFFFD' || c == '\uFFFE'
                    || c == '\uFFFF' || (Character.isSurrogate(c) && !pairedSurrogate(source, i))) {
                return Optional.of(CourseProblem.at(Code.NOT_TEXT, line, 0, ""));
            }
        }
        return Optional.empty();
    }

    private static boolean pairedSurrogate(String source, int i) {
        char c = source.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < source.length() && Character.isLowSurrogate(source.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(source.charAt(i - 1));
    }

    /**
     * Looks at the event stream before composing anything: aliases are refused here (composing would share nodes
     * and walking them could multiply work), as are several documents and absurd nesting.
     */
    private static List<CourseProblem> scanEvents(String source) {
        List<CourseProblem> problems = new ArrayList<>();
        int depth = 0;
        int documents = 0;
        int lastAliasLine = 0;
        int lastTagLine = 0;
        try {
            for (Event event : yaml().parse(new StringReader(source))) {
                if (event instanceof AliasEvent) {
                    // One per line is enough: a bomb repeats its aliases many times on each line.
                    if (event.getStartMark().getLine() + 1 != lastAliasLine) {
                        problems.add(at(Code.ALIAS, event.getStartMark(), ""));
                        lastAliasLine = event.getStartMark().getLine() + 1;
                    }
                } else if (foreignTag(event) && event.getStartMark().getLine() + 1 != lastTagLine) {
                    problems.add(at(Code.TAG, event.getStartMark(), ""));
                    lastTagLine = event.getStartMark().getLine() + 1;
                } else if (event instanceof DocumentStartEvent && ++documents == 2) {
                    problems.add(at(Code.SEVERAL_DOCUMENTS, event.getStartMark(), ""));
                } else if (event instanceof CollectionStartEvent) {
                    if (++depth > MAX_DEPTH) {
                        problems.add(at(Code.NOT_A_COURSE_FILE, event.getStartMark(), ""));
                        return problems;
                    }
                } else if (event instanceof CollectionEndEvent) {
                    depth--;
                }
            }
        } catch (YAMLException e) {
            return syntaxProblems(source, e);
        }
        return problems;
    }

    /** The plain core tags a hand-written file may use to force a type ({@code !!str 08:00}). */
    private static final Set<String> CORE_TAGS = Set.of(Tag.STR.getValue(), Tag.INT.getValue(), Tag.FLOAT.getValue(),
            Tag.BOOL.getValue(), Tag.NULL.getValue(), Tag.MAP.getValue(), Tag.SEQ.getValue());

    /** An explicit tag other than a core one, such as {@code !!java.lang.Runtime} or {@code !ruby/object:X}. */
    private static boolean foreignTag(Event event) {
        String tag = event instanceof ScalarEvent scalar ? scalar.getTag()
                : event instanceof CollectionStartEvent collection ? collection.getTag() : null;
        return tag != null && !tag.equals("!") && !CORE_TAGS.contains(tag);
    }

    /**
     * A syntax error, located. Tabs in indentation get their own problem, one per such line, because they are the
     * most common cause and invisible in most editors.
     */
    private static List<CourseProblem> syntaxProblems(String source, YAMLException e) {
        String[] lines = source.split("\r\n|\r|\n", -1);
        List<CourseProblem> tabs = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int indent = 0;
            while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) {
                indent++;
            }
            int tab = line.substring(0, indent).indexOf('\t');
            if (tab >= 0 && indent < line.length()) {
                tabs.add(CourseProblem.at(Code.TAB_INDENT, i + 1, tab + 1, ""));
            }
        }
        if (!tabs.isEmpty()) {
            return tabs;
        }
        if (e instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Mark problem = marked.getProblemMark();
            // At the end of the file (an unclosed quote or bracket), where it started is what helps.
            boolean atEnd = problem.getIndex() >= source.codePointCount(0, source.length());
            Mark where = atEnd && marked.getContextMark() != null ? marked.getContextMark() : problem;
            return List.of(at(Code.NOT_YAML, where, ""));
        }
        return List.of(CourseProblem.at(Code.NOT_YAML, 0, 0, ""));
    }

    private static CourseProblem at(Code code, Mark mark, String field) {
        return CourseProblem.at(code, mark.getLine() + 1, mark.getColumn() + 1, field);
    }

    private static Map<String, DayOfWeek> weekdays() {
        Map<String, DayOfWeek> days = new HashMap<>();
        String[][] names = {
                {"mon", "monday", "пн", "понедельник"}, {"tue", "tuesday", "вт", "вторник"},
                {"wed", "wednesday", "ср", "среда"}, {"thu", "thursday", "чт", "четверг"},
                {"fri", "friday", "пт", "пятница"}, {"sat", "saturday", "сб", "суббота"},
                {"sun", "sunday", "вс", "воскресенье"}};
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                days.put(name, DayOfWeek.of(i + 1));
            }
        }
        return Map.copyOf(days);
    }

    private static Map<String, String> zonesByLowerCase() {
        Map<String, String> zones = new HashMap<>();
        for (String id : ZoneId.getAvailableZoneIds()) {
            zones.put(id.toLowerCase(Locale.ROOT), id);
        }
        return Map.copyOf(zones);
    }

    private static String shown(String value) {
        return value.length() <= MAX_VALUE_SHOWN ? value : value.substring(0, MAX_VALUE_SHOWN) + "…";
    }

    /** A field of a mapping: its key node (for where it is) and its value node. */
    private record Field(ScalarNode key, Node value) {
    }

    /** One pass over the composed tree, collecting every problem. */
    private static final class Walk {

        private final List<CourseProblem> problems = new ArrayList<>();
        /** Lines of the paths that problems found after reading may name ({@link Valid#lines()}). */
        private final Map<String, Integer> lines = new HashMap<>();

        Result course(Node root) {
            if (!(root instanceof MappingNode rootMap)) {
                return invalid(at(Code.NOT_A_COURSE_FILE, root.getStartMark(), ""));
            }
            Map<String, Field> top = fields(rootMap, "", List.of("course", "assignments", "sessions", "challenges"));
            String title = null;
            CourseCode code = null;
            ZoneId zone = null;
            Field course = top.get("course");
            if (course == null) {
                missing(rootMap.getStartMark(), "course");
            } else if (course.value() instanceof MappingNode courseMap) {
                Map<String, Field> header = fields(courseMap, "course.", COURSE_FIELDS);
                title = title(header, course.key().getStartMark(), "course.");
                code = code(header, course.key());
                zone = zone(header, course.key());
            } else if (!isNull(course.value())) {
                problems.add(at(Code.WRONG_TYPE, course.value().getStartMark(), "course").with("expected", "mapping"));
            } else {
                missing(course.key().getStartMark(), "course");
            }
            // A course may be live sessions or challenges only; otherwise it needs its assignments.
            boolean withoutAssignments = (top.containsKey("sessions") || top.containsKey("challenges"))
                    && !top.containsKey("assignments");
            List<Assignment> assignments = withoutAssignments ? List.of() : assignments(rootMap, top.get("assignments"));
            List<Session> sessions = sessions(top.get("sessions"), assignments);
            List<Challenge> challenges = challenges(top.get("challenges"));
            if (!problems.isEmpty()) {
                return new Invalid(problems);
            }
            return new Valid(new CourseFile(code, title, zone, assignments, sessions, challenges), lines);
        }

        /** The fields of a mapping by name, reporting keys that are not text, given twice or not allowed. */
        private Map<String, Field> fields(MappingNode mapping, String prefix, List<String> allowed) {
            Map<String, Field> fields = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    problems.add(at(Code.WRONG_TYPE, tuple.getKeyNode().getStartMark(), prefix + "?")
                            .with("expected", "text"));
                    continue;
                }
                String name = key.getValue();
                String path = prefix + name;
                Field earlier = fields.get(name);
                if (earlier != null) {
                    problems.add(at(Code.DUPLICATE_FIELD, key.getStartMark(), path)
                            .with("first", earlier.key().getStartMark().getLine() + 1));
                } else if (!allowed.contains(name)) {
                    problems.add(at(Code.UNKNOWN_FIELD, key.getStartMark(), path)
                            .with("allowed", String.join(", ", allowed)));
                } else {
                    fields.put(name, new Field(key, tuple.getValueNode()));
                }
            }
            return fields;
        }

        /** The trimmed text of a field, or empty after reporting it missing or not text. */
        private Optional<String> text(Map<String, Field> fields, String name, Mark owner, String path) {
            Field field = fields.get(name);
            if (field == null) {
                missing(owner, path);
                return Optional.empty();
            }
            return present(field, path, true);
        }

        /** The text of a field that is there; a null value counts as missing when required, else as absent. */
        private Optional<String> present(Field field, String path, boolean required) {
            if (!(field.value() instanceof ScalarNode scalar)) {
                problems.add(at(Code.WRONG_TYPE, field.value().getStartMark(), path).with("expected", "text"));
                return Optional.empty();
            }
            String value = scalar.getValue().strip();
            if (isNull(scalar) || value.isEmpty()) {
                if (required) {
                    missing(field.key().getStartMark(), path);
                }
                return Optional.empty();
            }
            return Optional.of(value);
        }

        private String title(Map<String, Field> fields, Mark owner, String prefix) {
            String path = prefix + "title";
            Optional<String> text = text(fields, "title", owner, path);
            if (text.isEmpty()) {
                return null;
            }
            // Titles are shown on one line in chat and in calendars.
            String title = text.get().replaceAll("\\s+", " ");
            if (title.length() > MAX_TITLE) {
                problems.add(at(Code.TOO_LONG, fields.get("title").value().getStartMark(), path).with("limit", MAX_TITLE));
                return null;
            }
            return title;
        }

        private CourseCode code(Map<String, Field> fields, ScalarNode owner) {
            Optional<String> text = text(fields, "code", owner.getStartMark(), "course.code");
            if (text.isEmpty()) {
                return null;
            }
            Optional<CourseCode> code = CourseCode.parse(text.get());
            if (code.isEmpty()) {
                problems.add(at(Code.BAD_CODE, fields.get("code").value().getStartMark(), "course.code")
                        .with("value", shown(text.get())));
            }
            return code.orElse(null);
        }

        private ZoneId zone(Map<String, Field> fields, ScalarNode owner) {
            Optional<String> text = text(fields, "timezone", owner.getStartMark(), "course.timezone");
            if (text.isEmpty()) {
                return null;
            }
            String id = ZONES_BY_LOWER_CASE.get(text.get().toLowerCase(Locale.ROOT));
            if (id == null) {
                problems.add(at(Code.BAD_TIMEZONE, fields.get("timezone").value().getStartMark(), "course.timezone")
                        .with("value", shown(text.get())));
                return null;
            }
            return ZoneId.of(id);
        }

        private List<Assignment> assignments(MappingNode root, Field field) {
            if (field == null) {
                missing(root.getStartMark(), "assignments");
                return List.of();
            }
            if (isNull(field.value())) {
                missing(field.key().getStartMark(), "assignments");
                return List.of();
            }
            if (!(field.value() instanceof SequenceNode list)) {
                problems.add(at(Code.WRONG_TYPE, field.value().getStartMark(), "assignments").with("expected", "list"));
                return List.of();
            }
            if (list.getValue().isEmpty()) {
                problems.add(at(Code.EMPTY_LIST, field.key().getStartMark(), "assignments"));
                return List.of();
            }
            if (list.getValue().size() > MAX_ASSIGNMENTS) {
                // Checking thousands of entries would bury this one problem under thousands of others.
                problems.add(at(Code.TOO_MANY, field.key().getStartMark(), "assignments").with("limit", MAX_ASSIGNMENTS));
                return List.of();
            }
            Map<String, Integer> firstLineOfId = new HashMap<>();
            return entries(list, "assignments", (entry, prefix) -> assignment(entry, prefix, firstLineOfId));
        }

        /**
         * Each entry of a list of mappings, read by {@code read} under its path {@code <path>[n]} (counted from 1); an
         * entry that is no mapping is reported. What {@code read} finds wrong (empty) is left out.
         */
        private <T> List<T> entries(SequenceNode list, String path, BiFunction<MappingNode, String, Optional<T>> read) {
            List<T> entries = new ArrayList<>();
            int index = 0;
            for (Node item : list.getValue()) {
                index++;
                String prefix = path + "[" + index + "]";
                if (!(item instanceof MappingNode entry)) {
                    problems.add(at(Code.WRONG_TYPE, item.getStartMark(), prefix).with("expected", "mapping"));
                    continue;
                }
                read.apply(entry, prefix).ifPresent(entries::add);
            }
            return entries;
        }

        private Optional<Assignment> assignment(MappingNode entry, String prefix, Map<String, Integer> firstLineOfId) {
            int before = problems.size();
            Mark owner = entry.getStartMark();
            Map<String, Field> fields = fields(entry, prefix + ".", ASSIGNMENT_FIELDS);
            String id = id(fields, owner, prefix, firstLineOfId, Code.DUPLICATE_ID);
            String title = title(fields, owner, prefix + ".");
            Optional<URI> link = link(fields.get("link"), prefix + ".link");
            Duration effort = effort(fields, owner, prefix + ".effort");
            AssignmentWindow window = window(fields, owner, prefix);
            if (problems.size() > before) {
                return Optional.empty();
            }
            return Optional.of(new Assignment(id, title, link, effort, window));
        }

        /** An assignment's, a session's or a challenge's id: well formed and not used before by another of its kind. */
        private String id(Map<String, Field> fields, Mark owner, String prefix, Map<String, Integer> firstLineOfId, Code duplicate) {
            Optional<String> text = text(fields, "id", owner, prefix + ".id");
            if (text.isEmpty()) {
                return null;
            }
            Mark where = fields.get("id").value().getStartMark();
            if (!Assignment.isValidId(text.get())) {
                problems.add(at(Code.BAD_ID, where, prefix + ".id").with("value", shown(text.get())));
                return null;
            }
            Integer first = firstLineOfId.putIfAbsent(text.get(), where.getLine() + 1);
            if (first != null) {
                problems.add(at(duplicate, where, prefix + ".id").with("value", text.get()).with("first", first));
                return null;
            }
            return text.get();
        }

        private Optional<URI> link(Field field, String path) {
            if (field == null) {
                return Optional.empty();
            }
            Optional<String> text = present(field, path, false);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            Mark where = field.value().getStartMark();
            if (text.get().length() > MAX_LINK) {
                problems.add(at(Code.TOO_LONG, where, path).with("limit", MAX_LINK));
                return Optional.empty();
            }
            try {
                URI uri = new URI(text.get());
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                    return Optional.of(uri);
                }
            } catch (URISyntaxException e) {
                // reported below, like any other link that is not http(s)
            }
            problems.add(at(Code.BAD_LINK, where, path).with("value", shown(text.get())));
            return Optional.empty();
        }

        private Duration effort(Map<String, Field> fields, Mark owner, String path) {
            Optional<String> text = text(fields, "effort", owner, path);
            if (text.isEmpty()) {
                return null;
            }
            Mark where = fields.get("effort").value().getStartMark();
            Optional<DurationText> parsed = DurationText.parse(text.get());
            if (parsed.isEmpty()) {
                problems.add(at(Code.BAD_DURATION, where, path).with("value", shown(text.get())));
                return null;
            }
            // A day of effort is ambiguous (8 hours of work? 24?), so effort is in hours and minutes only.
            Duration effort = parsed.get().exact();
            if (parsed.get().days() > 0 || effort.isZero() || effort.compareTo(MAX_EFFORT) > 0) {
                problems.add(at(Code.BAD_EFFORT, where, path).with("value", shown(text.get())));
                return null;
            }
            return effort;
        }

        private AssignmentWindow window(Map<String, Field> fields, Mark owner, String prefix) {
            boolean fixed = fields.containsKey("opens") || fields.containsKey("due");
            boolean relative = fields.containsKey("opens_after_join") || fields.containsKey("due_after_join");
            if (fixed && relative) {
                Field second = fields.containsKey("opens_after_join") ? fields.get("opens_after_join")
                        : fields.get("due_after_join");
                problems.add(at(Code.MIXED_WINDOW, second.key().getStartMark(), prefix));
                return null;
            }
            if (!fixed && !relative) {
                problems.add(at(Code.MISSING_WINDOW, owner, prefix));
                return null;
            }
            if (fixed) {
                LocalDateTime opens = dateTime(fields, "opens", owner, prefix);
                LocalDateTime due = dateTime(fields, "due", owner, prefix);
                if (opens == null || due == null) {
                    return null;
                }
                if (!due.isAfter(opens)) {
                    problems.add(at(Code.DUE_BEFORE_OPENS, fields.get("due").value().getStartMark(), prefix + ".due"));
                    return null;
                }
                return new AssignmentWindow.Fixed(opens, due);
            }
            JoinOffset opens = offset(fields, "opens_after_join", owner, prefix);
            JoinOffset due = offset(fields, "due_after_join", owner, prefix);
            if (opens == null || due == null) {
                return null;
            }
            if (due.nominal().compareTo(opens.nominal()) <= 0) {
                problems.add(at(Code.DUE_BEFORE_OPENS, fields.get("due_after_join").value().getStartMark(),
                        prefix + ".due_after_join"));
                return null;
            }
            return new AssignmentWindow.AfterJoin(opens, due);
        }

        private LocalDateTime dateTime(Map<String, Field> fields, String name, Mark owner, String prefix) {
            String path = prefix + "." + name;
            Optional<String> text = text(fields, name, owner, path);
            if (text.isEmpty()) {
                return null;
            }
            if (LOCAL_DATE_TIME.matcher(text.get()).matches()) {
                try {
                    LocalDateTime value = LocalDateTime.parse(text.get().replace(' ', 'T'));
                    if (value.getYear() >= 2000 && value.getYear() < 2200) {
                        return value;
                    }
                } catch (DateTimeException e) {
                    // a date that does not exist (2026-02-30); reported below
                }
            }
            problems.add(at(Code.BAD_DATETIME, fields.get(name).value().getStartMark(), path)
                    .with("value", shown(text.get())));
            return null;
        }

        private JoinOffset offset(Map<String, Field> fields, String name, Mark owner, String prefix) {
            String path = prefix + "." + name;
            Optional<String> text = text(fields, name, owner, path);
            if (text.isEmpty()) {
                return null;
            }
            Optional<DurationText> parsed = DurationText.parse(text.get());
            if (parsed.isEmpty() || parsed.get().exact().plusDays(parsed.get().days()).toDays() > MAX_OFFSET_DAYS) {
                problems.add(at(Code.BAD_DURATION, fields.get(name).value().getStartMark(), path)
                        .with("value", shown(text.get())));
                return null;
            }
            return new JoinOffset(parsed.get().days(), parsed.get().exact());
        }

        private List<Session> sessions(Field field, List<Assignment> assignments) {
            if (field == null || isNull(field.value())) {
                return List.of();
            }
            if (!(field.value() instanceof SequenceNode list)) {
                problems.add(at(Code.WRONG_TYPE, field.value().getStartMark(), "sessions").with("expected", "list"));
                return List.of();
            }
            if (list.getValue().size() > MAX_SESSIONS) {
                problems.add(at(Code.TOO_MANY, field.key().getStartMark(), "sessions").with("limit", MAX_SESSIONS));
                return List.of();
            }
            Set<String> assignmentIds = new HashSet<>();
            assignments.forEach(assignment -> assignmentIds.add(assignment.id()));
            List<Mark> marks = new ArrayList<>();
            Map<String, Integer> firstLineOfId = new HashMap<>();
            List<Session> sessions = entries(list, "sessions", (entry, prefix) -> {
                Optional<Session> session = session(entry, prefix, firstLineOfId, assignmentIds);
                session.ifPresent(read -> marks.add(entry.getStartMark()));
                return session;
            });
            overlaps(sessions, marks);
            return sessions;
        }

        private Optional<Session> session(MappingNode entry, String prefix, Map<String, Integer> firstLineOfId,
                                          Set<String> assignmentIds) {
            int before = problems.size();
            Mark owner = entry.getStartMark();
            Map<String, Field> fields = fields(entry, prefix + ".", SESSION_FIELDS);
            String id = id(fields, owner, prefix, firstLineOfId, Code.DUPLICATE_SESSION_ID);
            String title = title(fields, owner, prefix + ".");
            LocalDateTime starts = dateTime(fields, "starts", owner, prefix);
            Duration duration = sessionDuration(fields, owner, prefix + ".duration");
            Optional<URI> joinUrl = link(fields.get("join_url"), prefix + ".join_url");
            Optional<Session.Weekly> repeat = repeat(fields, owner, prefix, starts);
            Optional<String> prep = Optional.empty();
            if (fields.containsKey("prep")) {
                prep = present(fields.get("prep"), prefix + ".prep", true);
                if (prep.isPresent() && !assignmentIds.contains(prep.get())) {
                    problems.add(at(Code.UNKNOWN_PREP, fields.get("prep").value().getStartMark(), prefix + ".prep")
                            .with("value", shown(prep.get())));
                }
            }
            if (problems.size() > before) {
                return Optional.empty();
            }
            Session session = new Session(id, title, starts, duration, joinUrl, repeat, prep);
            if (session.localStarts().size() > Session.MAX_OCCURRENCES) {
                problems.add(at(Code.TOO_MANY_OCCURRENCES, fields.get("until").value().getStartMark(), prefix + ".until")
                        .with("limit", Session.MAX_OCCURRENCES));
                return Optional.empty();
            }
            return Optional.of(session);
        }

        private Duration sessionDuration(Map<String, Field> fields, Mark owner, String path) {
            Optional<String> text = text(fields, "duration", owner, path);
            if (text.isEmpty()) {
                return null;
            }
            Optional<DurationText> parsed = DurationText.parse(text.get());
            Duration duration = parsed.map(DurationText::exact).orElse(Duration.ZERO);
            if (parsed.isEmpty() || parsed.get().days() > 0 || duration.compareTo(Session.MIN_DURATION) < 0
                    || duration.compareTo(Session.MAX_DURATION) > 0) {
                problems.add(at(Code.BAD_SESSION_DURATION, fields.get("duration").value().getStartMark(), path)
                        .with("value", shown(text.get())));
                return null;
            }
            return duration;
        }

        private Optional<Session.Weekly> repeat(Map<String, Field> fields, Mark owner, String prefix, LocalDateTime starts) {
            if (!fields.containsKey("repeat")) {
                for (String name : List.of("on", "until")) {
                    if (fields.containsKey(name)) {
                        problems.add(at(Code.WITHOUT_REPEAT, fields.get(name).key().getStartMark(), prefix + "." + name));
                    }
                }
                return Optional.empty();
            }
            Optional<String> repeat = present(fields.get("repeat"), prefix + ".repeat", true);
            if (repeat.isEmpty()) {
                return Optional.empty();
            }
            if (!repeat.get().equalsIgnoreCase("weekly")) {
                problems.add(at(Code.BAD_REPEAT, fields.get("repeat").value().getStartMark(), prefix + ".repeat")
                        .with("value", shown(repeat.get())));
                return Optional.empty();
            }
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            if (starts != null) {
                days.add(starts.getDayOfWeek());
            }
            if (fields.containsKey("on")) {
                // A bad weekday is reported, and the end date is still checked.
                days = weekdays(fields.get("on"), prefix + ".on").map(EnumSet::copyOf).orElse(EnumSet.noneOf(DayOfWeek.class));
            }
            Optional<String> until = text(fields, "until", owner, prefix + ".until");
            if (until.isEmpty()) {
                return Optional.empty();
            }
            Mark where = fields.get("until").value().getStartMark();
            LocalDate last = null;
            if (LOCAL_DATE.matcher(until.get()).matches()) {
                try {
                    last = LocalDate.parse(until.get());
                } catch (DateTimeException e) {
                    // reported below
                }
            }
            if (last == null || last.getYear() < 2000 || last.getYear() >= 2200) {
                problems.add(at(Code.BAD_DATE, where, prefix + ".until").with("value", shown(until.get())));
                return Optional.empty();
            }
            if (starts != null && last.isBefore(starts.toLocalDate())) {
                problems.add(at(Code.UNTIL_BEFORE_START, where, prefix + ".until"));
                return Optional.empty();
            }
            return days.isEmpty() ? Optional.empty() : Optional.of(new Session.Weekly(days, last));
        }

        private Optional<Set<DayOfWeek>> weekdays(Field field, String path) {
            List<String> names = new ArrayList<>();
            if (field.value() instanceof SequenceNode list) {
                for (Node item : list.getValue()) {
                    if (!(item instanceof ScalarNode scalar)) {
                        problems.add(at(Code.WRONG_TYPE, item.getStartMark(), path).with("expected", "text"));
                        return Optional.empty();
                    }
                    names.add(scalar.getValue());
                }
            } else if (field.value() instanceof ScalarNode scalar) {
                names.addAll(List.of(scalar.getValue().split("[,\\s]+")));
            } else {
                problems.add(at(Code.WRONG_TYPE, field.value().getStartMark(), path).with("expected", "list"));
                return Optional.empty();
            }
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (String name : names) {
                DayOfWeek day = WEEKDAYS.get(name.strip().toLowerCase(Locale.ROOT));
                if (day == null) {
                    problems.add(at(Code.BAD_WEEKDAY, field.value().getStartMark(), path).with("value", shown(name.strip())));
                    return Optional.empty();
                }
                days.add(day);
            }
            if (days.isEmpty()) {
                problems.add(at(Code.EMPTY_LIST, field.key().getStartMark(), path));
                return Optional.empty();
            }
            return Optional.of(days);
        }

        /** Two sessions may not run at the same time (in course-local time); each clash is reported once per pair. */
        private void overlaps(List<Session> sessions, List<Mark> marks) {
            for (int later = 1; later < sessions.size(); later++) {
                Session session = sessions.get(later);
                clash:
                for (int earlier = 0; earlier < later; earlier++) {
                    Session other = sessions.get(earlier);
                    for (LocalDateTime start : session.localStarts()) {
                        for (LocalDateTime otherStart : other.localStarts()) {
                            if (start.isBefore(otherStart.plus(other.duration())) && otherStart.isBefore(start.plus(session.duration()))) {
                                problems.add(at(Code.SESSIONS_OVERLAP, marks.get(later), "sessions[" + (later + 1) + "]")
                                        .with("value", other.id()).with("at", start.toString().replace('T', ' ')));
                                break clash;
                            }
                        }
                    }
                }
            }
        }

        private List<Challenge> challenges(Field field) {
            if (field == null) {
                return List.of();
            }
            lines.put("challenges", line(field.key()));
            if (isNull(field.value())) {
                return List.of();
            }
            if (!(field.value() instanceof SequenceNode list)) {
                problems.add(at(Code.WRONG_TYPE, field.value().getStartMark(), "challenges").with("expected", "list"));
                return List.of();
            }
            Map<String, Integer> firstLineOfId = new HashMap<>();
            return entries(list, "challenges", (entry, prefix) -> {
                lines.put(prefix, line(entry));
                return challenge(entry, prefix, firstLineOfId);
            });
        }

        private Optional<Challenge> challenge(MappingNode entry, String prefix, Map<String, Integer> firstLineOfId) {
            int before = problems.size();
            Mark owner = entry.getStartMark();
            Map<String, Field> fields = fields(entry, prefix + ".", CHALLENGE_FIELDS);
            String id = id(fields, owner, prefix, firstLineOfId, Code.DUPLICATE_CHALLENGE_ID);
            String title = title(fields, owner, prefix + ".");
            Optional<LocalDate> start = challengeStart(fields, owner, prefix + ".start");
            LocalTime releaseTime = releaseTime(fields.get("release_time"), prefix + ".release_time");
            int graceDays = graceDays(fields.get("grace_days"), prefix + ".grace_days");
            boolean board = bool(fields.get("board"), prefix + ".board", false);
            List<Challenge.Day> days = days(fields.get("days"), owner, prefix + ".days");
            if (problems.size() > before) {
                return Optional.empty();
            }
            return Optional.of(new Challenge(id, title, start, releaseTime, graceDays, board, days));
        }

        /** A date (day 1 for the whole cohort) or {@code on-join} (empty); null after reporting a problem. */
        @SuppressWarnings("OptionalAssignedToNull")
        private Optional<LocalDate> challengeStart(Map<String, Field> fields, Mark owner, String path) {
            Optional<String> text = text(fields, "start", owner, path);
            if (text.isEmpty()) {
                return null;
            }
            Node value = fields.get("start").value();
            lines.put(path, line(value));
            if (text.get().equalsIgnoreCase(ON_JOIN)) {
                return Optional.empty();
            }
            if (!LOCAL_DATE.matcher(text.get()).matches()) {
                problems.add(at(Code.BAD_CHALLENGE_START, value.getStartMark(), path).with("value", shown(text.get())));
                return null;
            }
            Optional<LocalDate> date = date(text.get());
            if (date.isEmpty()) {
                problems.add(at(Code.BAD_DATE, value.getStartMark(), path).with("value", shown(text.get())));
                return null;
            }
            return date;
        }

        private LocalTime releaseTime(Field field, String path) {
            Optional<String> text = field == null ? Optional.empty() : present(field, path, false);
            if (text.isEmpty()) {
                return Challenge.DEFAULT_RELEASE_TIME;
            }
            Matcher time = TIME.matcher(text.get());
            if (time.matches() && Integer.parseInt(time.group(1)) < 24 && Integer.parseInt(time.group(2)) < 60) {
                return LocalTime.of(Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2)));
            }
            problems.add(at(Code.BAD_TIME, field.value().getStartMark(), path).with("value", shown(text.get())));
            return null;
        }

        private int graceDays(Field field, String path) {
            Optional<String> text = field == null ? Optional.empty() : present(field, path, false);
            if (text.isEmpty()) {
                return Challenge.DEFAULT_GRACE_DAYS;
            }
            if (GRACE_DAYS.matcher(text.get()).matches() && Integer.parseInt(text.get()) <= Challenge.MAX_GRACE_DAYS) {
                return Integer.parseInt(text.get());
            }
            problems.add(at(Code.BAD_GRACE_DAYS, field.value().getStartMark(), path).with("value", shown(text.get()))
                    .with("limit", Challenge.MAX_GRACE_DAYS));
            return 0;
        }

        /** {@code true} or {@code false} in any letter case; not YAML 1.1's yes, no, on, off. */
        private boolean bool(Field field, String path, boolean absent) {
            Optional<String> text = field == null ? Optional.empty() : present(field, path, false);
            if (text.isEmpty()) {
                return absent;
            }
            if (text.get().equalsIgnoreCase("true") || text.get().equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(text.get());
            }
            problems.add(at(Code.BAD_BOOLEAN, field.value().getStartMark(), path).with("value", shown(text.get())));
            return absent;
        }

        private List<Challenge.Day> days(Field field, Mark owner, String path) {
            if (field == null) {
                missing(owner, path);
                return List.of();
            }
            lines.put(path, line(field.key()));
            if (isNull(field.value())) {
                missing(field.key().getStartMark(), path);
                return List.of();
            }
            if (!(field.value() instanceof SequenceNode list)) {
                problems.add(at(Code.WRONG_TYPE, field.value().getStartMark(), path).with("expected", "list"));
                return List.of();
            }
            if (list.getValue().isEmpty()) {
                problems.add(at(Code.EMPTY_LIST, field.key().getStartMark(), path));
                return List.of();
            }
            if (list.getValue().size() > Challenge.MAX_DAYS) {
                problems.add(at(Code.TOO_MANY, field.key().getStartMark(), path).with("limit", Challenge.MAX_DAYS));
                return List.of();
            }
            return entries(list, path, this::day);
        }

        private Optional<Challenge.Day> day(MappingNode entry, String prefix) {
            int before = problems.size();
            Mark owner = entry.getStartMark();
            Map<String, Field> fields = fields(entry, prefix + ".", DAY_FIELDS);
            String title = title(fields, owner, prefix + ".");
            String text = dayText(fields, owner, prefix + ".text");
            List<Challenge.Link> links = links(fields.get("links"), prefix + ".links");
            Optional<String> question = Optional.empty();
            if (fields.containsKey("question")) {
                question = present(fields.get("question"), prefix + ".question", false);
                if (question.isPresent() && question.get().length() > Challenge.MAX_QUESTION) {
                    problems.add(at(Code.TOO_LONG, fields.get("question").value().getStartMark(), prefix + ".question")
                            .with("limit", Challenge.MAX_QUESTION));
                }
            }
            if (problems.size() > before) {
                return Optional.empty();
            }
            return Optional.of(new Challenge.Day(title, text, links, question));
        }

        /** A day's text: Telegram HTML that Telegram will accept when the day is released. */
        private String dayText(Map<String, Field> fields, Mark owner, String path) {
            Optional<String> text = text(fields, "text", owner, path);
            if (text.isEmpty()) {
                return null;
            }
            Mark where = fields.get("text").value().getStartMark();
            if (text.get().length() > Challenge.MAX_TEXT) {
                problems.add(at(Code.TOO_LONG, where, path).with("limit", Challenge.MAX_TEXT));
                return null;
            }
            Optional<TelegramHtmlSubset.Problem> html = TelegramHtmlSubset.firstProblem(text.get());
            if (html.isPresent()) {
                problems.add(at(Code.BAD_HTML, where, path).with("value", shown(html.get().value()))
                        .with("kind", html.get().kind().key()));
                return null;
            }
            return text.get();
        }

        private List<Challenge.Link> links(Field field, String path) {
            if (field == null || isNull(field.value())) {
                return List.of();
            }
            if (!(field.value() instanceof SequenceNode list)) {
                problems.add(at(Code.WRONG_TYPE, field.value().getStartMark(), path).with("expected", "list"));
                return List.of();
            }
            if (list.getValue().size() > Challenge.MAX_LINKS) {
                problems.add(at(Code.TOO_MANY, field.key().getStartMark(), path).with("limit", Challenge.MAX_LINKS));
                return List.of();
            }
            return entries(list, path, this::challengeLink);
        }

        private Optional<Challenge.Link> challengeLink(MappingNode entry, String prefix) {
            int before = problems.size();
            Mark owner = entry.getStartMark();
            Map<String, Field> fields = fields(entry, prefix + ".", LINK_FIELDS);
            String title = title(fields, owner, prefix + ".");
            Optional<URI> url = Optional.empty();
            Field urlField = fields.get("url");
            if (urlField == null) {
                missing(owner, prefix + ".url");
            } else if (isBlank(urlField.value())) {
                missing(urlField.key().getStartMark(), prefix + ".url");
            } else {
                url = link(urlField, prefix + ".url");
            }
            return problems.size() == before ? Optional.of(new Challenge.Link(title, url.orElseThrow())) : Optional.empty();
        }

        private static Optional<LocalDate> date(String text) {
            try {
                LocalDate date = LocalDate.parse(text);
                return date.getYear() >= 2000 && date.getYear() < 2200 ? Optional.of(date) : Optional.empty();
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }

        private static int line(Node node) {
            return node.getStartMark().getLine() + 1;
        }

        private static boolean isBlank(Node node) {
            return node instanceof ScalarNode scalar && (isNull(scalar) || scalar.getValue().isBlank());
        }

        private void missing(Mark owner, String path) {
            problems.add(at(Code.MISSING_FIELD, owner, path));
        }

        private static boolean isNull(Node node) {
            return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
        }
    }
}
