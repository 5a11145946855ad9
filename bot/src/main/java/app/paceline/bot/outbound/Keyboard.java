package app.paceline.bot.outbound;

import java.util.List;

/** The keyboard attached to a message, if any. */
public sealed interface Keyboard {

    /** No keyboard: whatever the user has stays as it is. */
    record None() implements Keyboard {
    }

    /** Buttons under the message. */
    record Inline(List<List<Button>> rows) implements Keyboard {
        public Inline {
            rows = rows.stream().map(List::copyOf).toList();
        }

        public static Inline row(Button... buttons) {
            return new Inline(List.of(List.of(buttons)));
        }
    }

    /** Suggested answers shown in place of the user's keyboard; tapping one sends its text. Hidden after one use. */
    record Choices(List<List<String>> rows) implements Keyboard {
        public Choices {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** Takes away a {@link Choices} keyboard. */
    record RemoveChoices() implements Keyboard {
    }

    static Keyboard none() {
        return new None();
    }
}
