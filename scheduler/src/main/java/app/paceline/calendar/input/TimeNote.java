package app.paceline.calendar.input;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Something worth telling the learner about a time that was understood, as a code with arguments (prompt key
 * {@code time.note.<key>}); the arguments are exactly {@link Kind#arguments()}.
 */
public record TimeNote(Kind kind, Map<String, Object> arguments) {

    public TimeNote {
        Objects.requireNonNull(kind, "kind");
        arguments = Arguments.exactly(kind.name(), kind.arguments(), arguments);
    }

    /** What a note says, with the names of its arguments in a fixed order. */
    public enum Kind {
        /**
         * The local time happens twice that night (clocks went back); the first one not in the past was taken.
         * {@code offset}, {@code otherOffset}: {@link java.time.ZoneOffset}s of the one taken and the other one;
         * {@code other}: the other one as a {@link java.time.ZonedDateTime}.
         */
        DST_OVERLAP("offset", "otherOffset", "other"),
        /** A time without a day had already passed today, so it is tomorrow's. No arguments. */
        NEXT_DAY(),
        /** A weekday that is today, at a time already passed, means the same weekday next week. No arguments. */
        NEXT_WEEK();

        private final List<String> arguments;

        Kind(String... arguments) {
            this.arguments = List.of(arguments);
        }

        /** The names of this note's prompt arguments, in a fixed order. */
        public List<String> arguments() {
            return arguments;
        }

        /** The stable snake_case name, e.g. {@code dst_overlap}; the bot's prompt key is {@code time.note.<key>}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
