package app.paceline.calendar.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random text never makes {@link TimeInput} throw, and whatever it understands keeps its promises: not before now,
 * inside the bounds, within a year, in the learner's zone. Seeded, so a failure repeats.
 */
class TimeInputFuzzTests {

    private static final List<String> PIECES = List.of(
            "tomorrow", "today", "tonight", "fri", "friday", "mon", "завтра", "сегодня", "послезавтра", "пт",
            "в", "at", "on", "in", "через", "ago", "назад", "hours", "h", "m", "min", "минут", "часа", "час",
            "am", "pm", "a.m.", "утра", "вечера", "ночи", "дня", "noon", "midnight", "полночь", "now", "dec",
            "декабря", "3rd", "2026", "2027", "0", "1", "2", "7", "8", "12", "13", "19", "23", "24", "25", "30", "59",
            "60", "99", ":", ".", "/", "-", "t", " ", "  ", ",", "and", "и", "half", "an", "полтора", "1h30m",
            "19:30", "7:30", "02:30", "1:30", "3.12", "12/03", "5/6", "2026-12-03", "2026-03-08", "03.12.2026",
            "\u00a0", "\uD83D\uDE00", "\u0000", "ё", "é", "١٢", "１９", "\t", "'", "\"", ";", "%", "\\", "\uD800");
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"),
            ZoneId.of("Asia/Kolkata"), ZoneId.of("Australia/Sydney"), ZoneId.of("Pacific/Chatham"),
            ZoneId.of("America/Santiago"), ZoneId.of("UTC"));

    private final TimeInput input = TimeInput.standard();

    @Test
    void randomTextNeverThrowsAndWhatIsUnderstoodKeepsItsPromises() {
        Random random = new Random(20261202);
        for (int i = 0; i < 20_000; i++) {
            String text = i % 3 == 0 ? randomChars(random) : randomPieces(random);
            ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
            Instant now = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextInt(366 * 86_400));
            BookingBounds bounds = random.nextBoolean() ? BookingBounds.none()
                    : new BookingBounds(now.plus(Duration.ofHours(random.nextInt(48) - 24)),
                    now.plus(Duration.ofHours(24 + random.nextInt(24 * 14))));
            Locale language = random.nextBoolean() ? Locale.ENGLISH : Locale.forLanguageTag("ru");

            TimeReading reading = input.read(text, language, zone, now, bounds);

            assertThat(reading).as("\"%s\"", text).isNotNull();
            if (reading instanceof TimeReading.Understood) {
                TimeReading.Understood understood = (TimeReading.Understood) reading;
                assertThat(understood.at()).as("\"%s\" at %s in %s", text, now, zone)
                        .isAfterOrEqualTo(now)
                        .isAfterOrEqualTo(bounds.notBefore())
                        .isBefore(bounds.notAfter())
                        .isBeforeOrEqualTo(now.plus(Duration.ofDays(365)));
                assertThat(understood.local().getZone()).isEqualTo(zone);
            }
        }
    }

    private static String randomPieces(Random random) {
        StringBuilder text = new StringBuilder();
        int count = 1 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            text.append(PIECES.get(random.nextInt(PIECES.size())));
            if (random.nextInt(3) > 0) {
                text.append(' ');
            }
        }
        return text.toString();
    }

    private static String randomChars(Random random) {
        int length = random.nextInt(120);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) (random.nextInt(4) == 0 ? random.nextInt(0x10000) : 0x20 + random.nextInt(0x5F)));
        }
        return text.toString();
    }
}
