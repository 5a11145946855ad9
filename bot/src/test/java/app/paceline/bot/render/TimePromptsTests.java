package app.paceline.bot.render;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.calendar.input.BookingBounds;
import app.paceline.calendar.input.TimeInput;
import app.paceline.calendar.input.TimeInputCorpus;
import app.paceline.calendar.input.TimeNote;
import app.paceline.calendar.input.TimeReading;
import app.paceline.prompts.Prompts;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every problem and note the time reader can give renders in every language, with its arguments formatted. */
class TimePromptsTests {

    private static final Prompts PROMPTS = Prompts.load();
    private final TimeInput input = TimeInput.standard();

    @Test
    void everyBadTimeOfTheCorpusIsAnsweredInEveryLanguage() {
        Set<String> keys = new HashSet<>();
        for (TimeInputCorpus.Case bad : TimeInputCorpus.cases()) {
            var reading = (TimeReading.NotUnderstood) input.read(bad.text(), bad.language(), bad.zone(), bad.now(), bad.bounds());
            for (Locale locale : PROMPTS.locales()) {
                String key = "time.problem." + reading.problem().key();
                String text = PROMPTS.render(locale, key, LocalTimes.values(reading.arguments(), bad.zone(), locale));
                assertThat(text).as(bad + " in " + locale).isNotBlank();
                reading.problem().arguments().forEach(name -> assertThat(text).doesNotContain("{" + name));
                keys.add(key);
            }
        }
        assertThat(keys).hasSizeGreaterThan(10);
    }

    @Test
    void everyNoteRendersInEveryLanguage() {
        ZoneId newYork = ZoneId.of("America/New_York");
        List<TimeReading> readings = List.of(
                // 01:30 happens twice on the night clocks fall back.
                input.read("1:30", Locale.ENGLISH, newYork, Instant.parse("2026-11-01T04:00:00Z"), BookingBounds.none()),
                input.read("10:00", Locale.ENGLISH, newYork, Instant.parse("2026-12-02T20:00:00Z"), BookingBounds.none()),
                input.read("wed 10:00", Locale.ENGLISH, newYork, Instant.parse("2026-12-02T20:00:00Z"), BookingBounds.none()));
        Set<TimeNote.Kind> seen = new HashSet<>();
        for (TimeReading reading : readings) {
            for (TimeNote note : ((TimeReading.Understood) reading).notes()) {
                seen.add(note.kind());
                for (Locale locale : PROMPTS.locales()) {
                    String text = PROMPTS.render(locale, "time.note." + note.kind().key(), LocalTimes.values(note.arguments(), newYork, locale));
                    note.kind().arguments().forEach(name -> assertThat(text).doesNotContain("{" + name));
                }
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(TimeNote.Kind.values());
    }
}
