package app.paceline.calendar.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The corpus of bad and odd typed times in {@code src/test/resources/time-inputs/bad-and-odd.txt}, shared with the
 * bot's tests (which check that every problem renders in every language).
 */
public final class TimeInputCorpus {

    private static final String CORPUS = "/time-inputs/bad-and-odd.txt";
    public static final Instant NOW = Instant.parse("2026-12-02T10:15:00Z");
    /** Thursday 3 December 00:00 to Sunday 6 December 23:59, Berlin. */
    public static final BookingBounds WINDOW = new BookingBounds(
            Instant.parse("2026-12-02T23:00:00Z"), Instant.parse("2026-12-06T22:59:00Z"));

    private TimeInputCorpus() {
    }

    /** One line of the corpus. */
    public record Case(TimeProblem problem, String text, Locale language, ZoneId zone, Instant now, BookingBounds bounds) {

        @Override
        public String toString() {
            return problem + " ← \"" + text + "\"";
        }
    }

    public static List<Case> cases() {
        String text;
        try (InputStream in = TimeInputCorpus.class.getResourceAsStream(CORPUS)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return text.lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(TimeInputCorpus::parse)
                .collect(Collectors.toList());
    }

    private static Case parse(String line) {
        String[] columns = line.split(" \\| ", -1);
        Map<String, String> options = new HashMap<>();
        if (columns.length > 2) {
            for (String option : columns[2].strip().split("\\s+")) {
                String[] pair = option.split("=", 2);
                options.put(pair[0], pair[1]);
            }
        }
        return new Case(
                TimeProblem.valueOf(columns[0].strip()),
                unescape(columns[1].strip()),
                Locale.forLanguageTag(options.getOrDefault("lang", "en")),
                ZoneId.of(options.getOrDefault("zone", "Europe/Berlin")),
                Instant.parse(options.getOrDefault("now", NOW.toString())),
                "none".equals(options.get("bounds")) ? BookingBounds.none() : WINDOW);
    }

    private static String unescape(String text) {
        Matcher escape = Pattern.compile("\\\\u([0-9A-Fa-f]{4})").matcher(text);
        StringBuilder out = new StringBuilder();
        while (escape.find()) {
            escape.appendReplacement(out, Matcher.quoteReplacement(
                    String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
        }
        return escape.appendTail(out).toString();
    }
}
