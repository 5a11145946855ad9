package app.paceline.course;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One thing wrong with a course file, as a code and arguments rather than text, so that the bot can say it in the
 * reader's language (prompt key {@code course.problem.<key>}). Lines and columns are 1-based; line 0 means the
 * file as a whole. {@code field} is a path like {@code course.timezone} or {@code assignments[2].due}, where
 * {@code [2]} is the second assignment (counted from 1, as people count).
 *
 * <p>{@link #arguments()} are exactly the ones the code's prompt takes ({@link Code#arguments()}), because the
 * prompt renderer refuses missing and unexpected arguments alike.
 *
 * @param details the code's arguments besides {@code line}, {@code column} and {@code field}: {@code String}s or
 *                {@code Integer}s
 */
public record CourseProblem(Code code, int line, int column, String field, Map<String, Object> details) {

    private static final Set<String> LOCATION = Set.of("line", "column", "field");

    public CourseProblem {
        Objects.requireNonNull(code, "code");
        field = field == null ? "" : field;
        details = Map.copyOf(details);
        for (String name : details.keySet()) {
            if (LOCATION.contains(name) || !code.arguments().contains(name)) {
                throw new IllegalArgumentException(code + " takes no argument " + name);
            }
        }
    }

    public static CourseProblem at(Code code, int line, int column, String field) {
        return new CourseProblem(code, line, column, field, Map.of());
    }

    /** The same problem with one more argument. */
    public CourseProblem with(String name, Object value) {
        var more = new LinkedHashMap<>(details);
        more.put(name, value);
        return new CourseProblem(code, line, column, field, more);
    }

    /**
     * The arguments for the prompt {@code course.problem.<key>}: exactly {@link Code#arguments()}, in that order.
     *
     * @throws IllegalStateException when a detail the code takes was never given (a bug in the reader)
     */
    public Map<String, Object> arguments() {
        var all = new LinkedHashMap<String, Object>();
        for (String name : code.arguments()) {
            Object value = switch (name) {
                case "line" -> line;
                case "column" -> column;
                case "field" -> field;
                default -> details.get(name);
            };
            if (value == null) {
                throw new IllegalStateException(code + " lacks its argument " + name);
            }
            all.put(name, value);
        }
        return all;
    }

    /**
     * What can be wrong, with the arguments of each one's prompt ({@link #arguments()}). {@code line} and
     * {@code column} are numbers, {@code first}, {@code limit} and {@code released} too; {@code field} is a path like
     * {@code assignments[2].due}; {@code value} is what the file says, shortened when long; {@code allowed} is the
     * comma-separated list of fields allowed in that place; {@code expected} is {@code text}, {@code list} or
     * {@code mapping}.
     */
    public enum Code {
        /** Binary data, or text that is not UTF-8 (control characters, undecodable bytes). */
        NOT_TEXT("line"),
        /** Over the size limit; {@code limit} in KB. */
        TOO_LARGE("limit"),
        /** Nothing but blanks and comments. */
        EMPTY(),
        /** A tab in the indentation, which YAML forbids. */
        TAB_INDENT("line"),
        /** A YAML syntax error. */
        NOT_YAML("line", "column"),
        /** An anchor alias ({@code *name}) or merge key; refused so that no file can expand into a bomb. */
        ALIAS("line"),
        /**
         * An explicit YAML tag other than the plain core ones ({@code !!java.lang.Runtime}, {@code !ruby/object}):
         * tags never construct anything here, but a file that carries one was not written as a course file.
         */
        TAG("line"),
        /** More than one YAML document ({@code ---}). */
        SEVERAL_DOCUMENTS("line"),
        /** YAML, but not a mapping with {@code course:} and {@code assignments:} (a list, a sentence, deep nesting). */
        NOT_A_COURSE_FILE("line"),
        /** A required field is absent or empty. */
        MISSING_FIELD("line", "field"),
        /** A field this place does not have. */
        UNKNOWN_FIELD("line", "field", "allowed"),
        /** A field given twice in one mapping; {@code first}: the line of the first one. */
        DUPLICATE_FIELD("line", "field", "first"),
        /** A list or group of fields where a single value belongs, or the other way round. */
        WRONG_TYPE("line", "field", "expected"),
        /** A text longer than {@code limit} characters. */
        TOO_LONG("line", "field", "limit"),
        /** A list with more than {@code limit} entries. */
        TOO_MANY("line", "field", "limit"),
        /** A list that must have entries has none. */
        EMPTY_LIST("line", "field"),
        /** Not a course code. */
        BAD_CODE("line", "value"),
        /** Not an id (of an assignment, a session or a challenge). */
        BAD_ID("line", "value"),
        /** An assignment id used twice; {@code first}: the line of the first one. */
        DUPLICATE_ID("line", "value", "first"),
        /** Not an IANA time zone. */
        BAD_TIMEZONE("line", "value"),
        /** Not a course-local date-time like 2026-12-01T00:00. */
        BAD_DATETIME("line", "field", "value"),
        /** Not a duration like 0d, 7d, 36h (up to 730 days). */
        BAD_DURATION("line", "field", "value"),
        /** Not an effort between 1 minute and 200 hours in hours and minutes, like 45m or 1h30m. */
        BAD_EFFORT("line", "field", "value"),
        /** {@code due} is not after {@code opens}; the field is the due one. */
        DUE_BEFORE_OPENS("line", "field"),
        /** Both a fixed and a relative window given; the field is the assignment. */
        MIXED_WINDOW("line", "field"),
        /** Neither a fixed nor a relative window given; the field is the assignment. */
        MISSING_WINDOW("line", "field"),
        /** Not an http or https link. */
        BAD_LINK("line", "field", "value"),
        /** A session's {@code duration} is not 5 minutes to 12 hours, in hours and minutes. */
        BAD_SESSION_DURATION("line", "field", "value"),
        /** Two sessions share an id; {@code first} is the line of the first. */
        DUPLICATE_SESSION_ID("line", "field", "value", "first"),
        /** {@code repeat} is not {@code weekly}. */
        BAD_REPEAT("line", "field", "value"),
        /** {@code on} or {@code until} without {@code repeat}. */
        WITHOUT_REPEAT("line", "field"),
        /** Not a weekday name (mon..sun, in English or Russian). */
        BAD_WEEKDAY("line", "field", "value"),
        /** Not a date like 2027-01-28. */
        BAD_DATE("line", "field", "value"),
        /** {@code until} is before the first occurrence. */
        UNTIL_BEFORE_START("line", "field"),
        /** A recurrence with more than {@code limit} occurrences. */
        TOO_MANY_OCCURRENCES("line", "field", "limit"),
        /** {@code prep} names no assignment of the file. */
        UNKNOWN_PREP("line", "field", "value"),
        /** A session runs at the same time as another ({@code value}), first at {@code at} (course-local). */
        SESSIONS_OVERLAP("line", "field", "value", "at"),
        /** Two challenges share an id; {@code first} is the line of the first. */
        DUPLICATE_CHALLENGE_ID("line", "field", "value", "first"),
        /** A challenge's {@code start} is neither a date like 2026-12-01 nor {@code on-join}. */
        BAD_CHALLENGE_START("line", "field", "value"),
        /** Not a time of day like 08:00 (24-hour, hours and minutes). */
        BAD_TIME("line", "field", "value"),
        /** {@code grace_days} is not a whole number of days from 0 to {@code limit}. */
        BAD_GRACE_DAYS("line", "field", "value", "limit"),
        /** Not {@code true} or {@code false}. */
        BAD_BOOLEAN("line", "field", "value"),
        /**
         * A text Telegram would refuse as HTML: {@code kind} is what is wrong ({@code unknown_tag}, {@code unclosed_tag},
         * {@code stray_closing_tag}, {@code bad_link}, {@code bad_attribute}, {@code malformed_tag}, {@code unescaped},
         * {@code bad_entity}: {@link TelegramHtmlSubset.Kind#key()}), {@code value} the piece of the text it is about.
         */
        BAD_HTML("line", "field", "value", "kind"),
        /**
         * A re-import leaves out a challenge ({@code value}, its id) that has released {@code released} days to
         * learners already; the field is {@code challenges}.
         */
        CHALLENGE_REMOVED("line", "field", "value", "released"),
        /** A re-import gives a challenge fewer days than the {@code released} already released to a learner. */
        RELEASED_DAYS_REMOVED("line", "field", "released"),
        /**
         * A re-import changes the {@code start} of a challenge that has released days already; {@code value} is the
         * start it has (a date or {@code on-join}).
         */
        STARTED_CHALLENGE_MOVED("line", "field", "value");

        private final List<String> arguments;

        Code(String... arguments) {
            this.arguments = List.of(arguments);
        }

        /** The names of the arguments of this code's prompt, in a fixed order. */
        public List<String> arguments() {
            return arguments;
        }

        /** The stable snake_case name, e.g. {@code bad_timezone}; the bot's prompt key is {@code course.problem.<key>}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
