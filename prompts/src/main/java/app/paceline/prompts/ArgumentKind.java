package app.paceline.prompts;

/** What a template does with a named argument, which decides what value it takes and how it is shown. */
enum ArgumentKind {
    /** Shown as text ({@code {name}}): any value, HTML-escaped and capped; a number is formatted per locale. */
    TEXT,
    /** A number ({@code {n, number}}, {@code {n, plural, …}}, {@code {n, selectordinal, …}}): must be a {@link Number}. */
    NUMBER,
    /** Chooses a branch ({@code {kind, select, …}}): any value, compared as text. */
    SELECT;

    /** How a translator sees this kind in a problem report. */
    String label() {
        return switch (this) {
            case TEXT -> "text";
            case NUMBER -> "number/plural";
            case SELECT -> "select";
        };
    }
}
