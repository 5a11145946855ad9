package app.paceline.calendar.input;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations from now: {@code in 2 hours}, {@code in 1h30m}, {@code in an hour and a half}, {@code через 2 часа},
 * {@code через полчаса}, {@code через 1 час 30 минут}, and (to refuse them clearly) {@code 2 hours ago},
 * {@code 2 часа назад}. Units: minutes, hours, days, weeks; amounts may have a decimal part ({@code 1.5 hours}).
 */
final class RelativeTime {

    /** Anything longer is beyond every horizon; capping keeps the arithmetic away from overflow. */
    private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(Duration.ofDays(100 * 366L).toSeconds());

    private static final Pattern IN = Pattern.compile("^(?:in|within|через|спустя)\\s+(.+)$");
    private static final Pattern AGO = Pattern.compile("^(.+?)\\s+(?:ago|назад)$");
    private static final Pattern PART = Pattern.compile(
            "(\\d{1,30}(?:[.,]\\d{1,3})?)?\\s*"
                    + "(minutes|minute|mins|min|m|минуты|минуту|минута|минут|мин|м"
                    + "|hours|hour|hrs|hr|h|часов|часа|час|ч"
                    + "|days|day|d|суток|сутки|дней|дня|день|д"
                    + "|weeks|week|wks|wk|w|недель|недели|неделю|неделя|нед)"
                    + "(?![a-zа-я])\\s*(?:(?:and|и|,)\\s*)?");
    private static final Map<String, Long> UNIT_SECONDS = Map.ofEntries(
            Map.entry("m", 60L), Map.entry("h", 3600L), Map.entry("d", 86_400L), Map.entry("w", 604_800L),
            Map.entry("м", 60L), Map.entry("ч", 3600L), Map.entry("д", 86_400L), Map.entry("с", 86_400L),
            Map.entry("н", 604_800L));
    /** Units that stand alone for one of them: "через час", "in an hour" (after "an" became "1"). */
    private static final Set<String> ALONE = Set.of(
            "hour", "час", "minute", "минуту", "минута", "day", "день", "сутки", "week", "неделю", "неделя");

    private RelativeTime() {
    }

    /** The phrase, or empty when the text is not a duration from now at all. */
    static Optional<Phrase> read(String text) {
        Matcher in = IN.matcher(text);
        if (in.matches()) {
            return duration(in.group(1)).map(d -> d.isNegative() ? tooFar() : new Phrase.After(d));
        }
        Matcher ago = AGO.matcher(text);
        if (ago.matches()) {
            return duration(ago.group(1)).map(d -> d.isNegative() ? tooFar() : new Phrase.Ago(d));
        }
        return Optional.empty();
    }

    private static Phrase tooFar() {
        return new Phrase.Refused(TimeProblem.TOO_FAR, Map.of("days", TimeInput.STANDARD_HORIZON_DAYS));
    }

    /** The duration; negative (-1 s) for an amount past every horizon; empty when the text is not a duration. */
    private static Optional<Duration> duration(String text) {
        String words = text
                .replaceAll("^(?:an|a|one) hour and a half$", "90 min")
                .replaceAll("^(?:half an|half a|half) hour$", "30 min")
                .replaceAll("^полчаса$", "30 мин")
                .replaceAll("^полтора часа$", "90 мин")
                .replaceAll("^полдня$", "12 ч")
                .replaceAll("(?<![a-zа-я])(?:an|a|one|один|одну|одни)\\s+", "1 ");
        Matcher part = PART.matcher(words);
        BigDecimal seconds = BigDecimal.ZERO;
        int at = 0;
        while (at < words.length()) {
            part.region(at, words.length());
            if (!part.lookingAt() || part.end() == at) {
                return Optional.empty();
            }
            String amount = part.group(1);
            String unit = part.group(2);
            if (amount == null && !ALONE.contains(unit)) {
                return Optional.empty();
            }
            BigDecimal n = amount == null ? BigDecimal.ONE : new BigDecimal(amount.replace(',', '.'));
            String kind = unit.startsWith("сут") ? "с" : unit.substring(0, 1);
            seconds = seconds.add(n.multiply(BigDecimal.valueOf(UNIT_SECONDS.get(kind))));
            at = part.end();
        }
        if (seconds.compareTo(MAX_SECONDS) > 0) {
            return Optional.of(Duration.ofSeconds(-1));
        }
        return Optional.of(Duration.ofSeconds(seconds.setScale(0, RoundingMode.HALF_UP).longValueExact()));
    }
}
