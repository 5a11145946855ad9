package app.paceline.calendar.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Typed times that are understood, with the exact instant each names, read on Wednesday 2 December 2026. */
class TimeInputTests {

    /** Wednesday: 11:15 in Berlin, 05:15 in New York, 15:45 in Kolkata, 21:15 in Sydney. */
    static final Instant NOW = Instant.parse("2026-12-02T10:15:00Z");
    static final Locale EN = Locale.ENGLISH;
    static final Locale RU = Locale.forLanguageTag("ru");

    private final TimeInput input = TimeInput.standard();

    @ParameterizedTest(name = "{0} {1}: \"{2}\" is {3}")
    @CsvSource(delimiter = '|', value = {
            // Days by name, with and without "at"/"в", any case, extra spaces.
            "Europe/Berlin   |en| tomorrow 19:30                 | 2026-12-03T19:30+01:00",
            "Europe/Berlin   |en|   TOMORROW    at  19:30        | 2026-12-03T19:30+01:00",
            "Europe/Berlin   |en| today 18:00                    | 2026-12-02T18:00+01:00",
            "Europe/Berlin   |en| tonight 21:00                  | 2026-12-02T21:00+01:00",
            "Europe/Berlin   |en| tonight 9                      | 2026-12-02T21:00+01:00",
            "Europe/Berlin   |en| tonight at 9:30                | 2026-12-02T21:30+01:00",
            "Europe/Berlin   |en| the day after tomorrow at 9am  | 2026-12-04T09:00+01:00",
            "Europe/Berlin   |ru| завтра 19:30                   | 2026-12-03T19:30+01:00",
            "Europe/Berlin   |ru| Завтра в 19:30                 | 2026-12-03T19:30+01:00",
            "Europe/Berlin   |ru| сегодня в 18:00                | 2026-12-02T18:00+01:00",
            "Europe/Berlin   |ru| послезавтра 9:00               | 2026-12-04T09:00+01:00",
            "Europe/Berlin   |ru| сегодня вечером в 8            | 2026-12-02T20:00+01:00",
            "Europe/Berlin   |ru| завтра утром в 8               | 2026-12-03T08:00+01:00",
            "Europe/Berlin   |ru| завтра в 3 часа дня            | 2026-12-03T15:00+01:00",
            // Weekdays: the next one, today while the time is ahead.
            "Europe/Berlin   |en| Fri 8pm                        | 2026-12-04T20:00+01:00",
            "Europe/Berlin   |en| friday 20:00                   | 2026-12-04T20:00+01:00",
            "Europe/Berlin   |en| fri at 8:15 am                 | 2026-12-04T08:15+01:00",
            "Europe/Berlin   |en| Fri. 8 p.m.                    | 2026-12-04T20:00+01:00",
            "Europe/Berlin   |en| 8pm friday                     | 2026-12-04T20:00+01:00",
            "Europe/Berlin   |en| on Sunday at noon              | 2026-12-06T12:00+01:00",
            "Europe/Berlin   |en| wed 12:00                      | 2026-12-02T12:00+01:00",
            "Europe/Berlin   |en| wed 11:00                      | 2026-12-09T11:00+01:00",
            "Europe/Berlin   |ru| пт 20:00                       | 2026-12-04T20:00+01:00",
            "Europe/Berlin   |ru| пт. 20:00                      | 2026-12-04T20:00+01:00",
            "Europe/Berlin   |ru| пятница 20:00                  | 2026-12-04T20:00+01:00",
            "Europe/Berlin   |ru| в пятницу 20:00                | 2026-12-04T20:00+01:00",
            "Europe/Berlin   |ru| в пятницу в 8 вечера           | 2026-12-04T20:00+01:00",
            "Europe/Berlin   |ru| во вторник в 19 часов          | 2026-12-08T19:00+01:00",
            "Europe/Berlin   |ru| в субботу в 2 ночи             | 2026-12-05T02:00+01:00",
            // Dates: ISO, dotted day first, month names, slashes by language.
            "Europe/Berlin   |en| 2026-12-03 07:00               | 2026-12-03T07:00+01:00",
            "Europe/Berlin   |en| 2026-12-03T07:00               | 2026-12-03T07:00+01:00",
            "Europe/Berlin   |en| 03.12.2026 07:00               | 2026-12-03T07:00+01:00",
            "Europe/Berlin   |en| 03.12.26 07:00                 | 2026-12-03T07:00+01:00",
            "Europe/Berlin   |en| 3.12 07:00                     | 2026-12-03T07:00+01:00",
            "Europe/Berlin   |ru| 3.12 в 19.30                   | 2026-12-03T19:30+01:00",
            "Europe/Berlin   |en| 3 Dec 7am                      | 2026-12-03T07:00+01:00",
            "Europe/Berlin   |en| Dec 3rd at 7:00                | 2026-12-03T07:00+01:00",
            "Europe/Berlin   |en| Thu 3 Dec 2026 7:00            | 2026-12-03T07:00+01:00",
            "Europe/Berlin   |ru| 3 декабря в 7 утра             | 2026-12-03T07:00+01:00",
            "Europe/Berlin   |ru| 5 янв 10:00                    | 2027-01-05T10:00+01:00",
            "Europe/Berlin   |en| 12/13 7am                      | 2026-12-13T07:00+01:00",
            "Europe/Berlin   |en| 5/5 10:00                      | 2027-05-05T10:00+02:00",
            "Europe/Berlin   |ru| 12/03 7:00                     | 2027-03-12T07:00+01:00",
            // Durations from now, exactly.
            "Europe/Berlin   |en| in 2 hours                     | 2026-12-02T13:15+01:00",
            "Europe/Berlin   |en| in 90 minutes                  | 2026-12-02T12:45+01:00",
            "Europe/Berlin   |en| in 1h30m                       | 2026-12-02T12:45+01:00",
            "Europe/Berlin   |en| in 1 hour and 30 mins          | 2026-12-02T12:45+01:00",
            "Europe/Berlin   |en| in an hour and a half          | 2026-12-02T12:45+01:00",
            "Europe/Berlin   |en| in half an hour                | 2026-12-02T11:45+01:00",
            "Europe/Berlin   |en| in 1.5 hours                   | 2026-12-02T12:45+01:00",
            "Europe/Berlin   |en| in a day                       | 2026-12-03T11:15+01:00",
            "Europe/Berlin   |ru| через 2 часа                   | 2026-12-02T13:15+01:00",
            "Europe/Berlin   |ru| через 30 минут                 | 2026-12-02T11:45+01:00",
            "Europe/Berlin   |ru| через час                      | 2026-12-02T12:15+01:00",
            "Europe/Berlin   |ru| через полчаса                  | 2026-12-02T11:45+01:00",
            "Europe/Berlin   |ru| через полтора часа             | 2026-12-02T12:45+01:00",
            "Europe/Berlin   |ru| через 1 час 30 минут           | 2026-12-02T12:45+01:00",
            "Europe/Berlin   |ru| через 2 дня                    | 2026-12-04T11:15+01:00",
            "Europe/Berlin   |en| now                            | 2026-12-02T11:15+01:00",
            "Europe/Berlin   |ru| сейчас                         | 2026-12-02T11:15+01:00",
            // Times alone: the next such local time.
            "Europe/Berlin   |en| 19:30                          | 2026-12-02T19:30+01:00",
            "Europe/Berlin   |en| at 7pm                         | 2026-12-02T19:00+01:00",
            "Europe/Berlin   |en| 7:30 pm                        | 2026-12-02T19:30+01:00",
            "Europe/Berlin   |en| 7:30PM                         | 2026-12-02T19:30+01:00",
            "Europe/Berlin   |en| 19.30                          | 2026-12-02T19:30+01:00",
            "Europe/Berlin   |en| 19h30                          | 2026-12-02T19:30+01:00",
            "Europe/Berlin   |en| 19:30:45                       | 2026-12-02T19:30+01:00",
            "Europe/Berlin   |en| 10:00                          | 2026-12-03T10:00+01:00",
            "Europe/Berlin   |en| 12pm                           | 2026-12-02T12:00+01:00",
            "Europe/Berlin   |en| 12am                           | 2026-12-03T00:00+01:00",
            "Europe/Berlin   |en| 12:30 am                       | 2026-12-03T00:30+01:00",
            "Europe/Berlin   |en| midnight                       | 2026-12-03T00:00+01:00",
            "Europe/Berlin   |en| 24:00                          | 2026-12-03T00:00+01:00",
            "Europe/Berlin   |en| 0:00                           | 2026-12-03T00:00+01:00",
            "Europe/Berlin   |en| tomorrow 00:00                 | 2026-12-03T00:00+01:00",
            "Europe/Berlin   |en| 20                             | 2026-12-02T20:00+01:00",
            "Europe/Berlin   |ru| в 2 ночи                       | 2026-12-03T02:00+01:00",
            "Europe/Berlin   |ru| в полдень                      | 2026-12-02T12:00+01:00",
            "Europe/Berlin   |en| ＴＯＭＯＲＲＯＷ １９：３０         | 2026-12-03T19:30+01:00",
            // The same words in other zones.
            "America/New_York|en| tomorrow 19:30                 | 2026-12-03T19:30-05:00",
            "America/New_York|en| Fri 8pm                        | 2026-12-04T20:00-05:00",
            "America/New_York|en| 7am                            | 2026-12-02T07:00-05:00",
            "America/New_York|en| 5:00                           | 2026-12-03T05:00-05:00",
            "America/New_York|en| wed 6:00                       | 2026-12-02T06:00-05:00",
            "America/New_York|en| 2026-12-03 07:00               | 2026-12-03T07:00-05:00",
            "America/New_York|en| in 2 hours                     | 2026-12-02T07:15-05:00",
            "America/New_York|en| 3/14 10:00                     | 2027-03-14T10:00-04:00",
            "Asia/Kolkata    |en| tomorrow 19:30                 | 2026-12-03T19:30+05:30",
            "Asia/Kolkata    |en| 19:30                          | 2026-12-02T19:30+05:30",
            "Asia/Kolkata    |en| 3pm                            | 2026-12-03T15:00+05:30",
            "Asia/Kolkata    |ru| через 2 часа                   | 2026-12-02T17:45+05:30",
            "Asia/Kolkata    |ru| пт 20:00                       | 2026-12-04T20:00+05:30",
            "Australia/Sydney|en| tomorrow 19:30                 | 2026-12-03T19:30+11:00",
            "Australia/Sydney|en| 21:00                          | 2026-12-03T21:00+11:00",
            "Australia/Sydney|en| 22:00                          | 2026-12-02T22:00+11:00",
            "Australia/Sydney|en| wed 21:00                      | 2026-12-09T21:00+11:00",
            "Australia/Sydney|ru| 5.04 10:00                     | 2027-04-05T10:00+10:00",
    })
    void understandsTheTimeAsTheExactInstant(String zone, String language, String text, String expected) {
        OffsetDateTime at = OffsetDateTime.parse(expected);

        TimeReading reading = input.read(text, Locale.forLanguageTag(language), ZoneId.of(zone), NOW);

        assertThat(reading).isInstanceOf(TimeReading.Understood.class);
        TimeReading.Understood understood = (TimeReading.Understood) reading;
        assertThat(understood.at()).isEqualTo(at.toInstant());
        assertThat(understood.local().toOffsetDateTime()).isEqualTo(at);
        assertThat(understood.local().getZone()).isEqualTo(ZoneId.of(zone));
    }

    @Test
    void aTimeAlreadyPassedTodayIsTomorrowsAndSaysSo() {
        var reading = (TimeReading.Understood) input.read("10:00", EN, ZoneId.of("Europe/Berlin"), NOW);

        assertThat(reading.notes()).extracting(TimeNote::kind).containsExactly(TimeNote.Kind.NEXT_DAY);
    }

    @Test
    void todaysWeekdayAtATimePassedIsNextWeeksAndSaysSo() {
        var reading = (TimeReading.Understood) input.read("wed 11:00", EN, ZoneId.of("Europe/Berlin"), NOW);

        assertThat(reading.notes()).extracting(TimeNote::kind).containsExactly(TimeNote.Kind.NEXT_WEEK);
    }

    @Test
    void aTimeStillAheadCarriesNoNotes() {
        var reading = (TimeReading.Understood) input.read("fri 8pm", EN, ZoneId.of("Europe/Berlin"), NOW);

        assertThat(reading.notes()).isEmpty();
    }

    @Test
    void readsSlashedDatesDayFirstInRussianAndAsksInEnglish() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");

        assertThat(input.read("5/1 10:00", RU, berlin, NOW)).extracting(r -> ((TimeReading.Understood) r).local())
                .isEqualTo(LocalDate.of(2027, 1, 5).atTime(10, 0).atZone(berlin));
        assertThat(input.read("5/1 10:00", EN, berlin, NOW)).isEqualTo(new TimeReading.NotUnderstood(
                TimeProblem.AMBIGUOUS_DATE, Map.of("input", "5/1 10:00",
                "dayFirst", LocalDate.of(2027, 1, 5), "monthFirst", LocalDate.of(2027, 5, 1))));
    }

    @Test
    void asksWhetherABareHourIsMorningOrEvening() {
        assertThat(input.read("Fri 8", EN, ZoneId.of("Europe/Berlin"), NOW)).isEqualTo(new TimeReading.NotUnderstood(
                TimeProblem.AMBIGUOUS_HOUR, Map.of("input", "Fri 8", "am", LocalTime.of(8, 0), "pm", LocalTime.of(20, 0))));
    }

    @Test
    void understandsBothLanguagesWhateverTheLearnersLanguage() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");

        assertThat(input.read("завтра 19:30", EN, berlin, NOW)).isEqualTo(input.read("tomorrow 19:30", RU, berlin, NOW));
        assertThat(input.read("tomorrow 19:30", null, berlin, NOW)).isInstanceOf(TimeReading.Understood.class);
    }

    @Test
    void problemsQuoteWhatWasTypedShortened() {
        String typed = "this is not a time but a long sentence about baking";

        var reading = (TimeReading.NotUnderstood) input.read(typed, EN, ZoneId.of("Europe/Berlin"), NOW);

        assertThat(reading.problem()).isEqualTo(TimeProblem.NONSENSE);
        assertThat((String) reading.arguments().get("input")).hasSize(TimeInput.ECHO_LENGTH).endsWith("…");
    }

    @Test
    void theDeadlineItselfIsTooLateButAMinuteBeforeIsFine() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        var bounds = new BookingBounds(NOW, Instant.parse("2026-12-06T22:59:00Z"));

        assertThat(input.read("sun 23:58", EN, berlin, NOW, bounds)).isInstanceOf(TimeReading.Understood.class);
        assertThat(input.read("sun 23:59", EN, berlin, NOW, bounds))
                .extracting(r -> ((TimeReading.NotUnderstood) r).problem()).isEqualTo(TimeProblem.AFTER_DEADLINE);
    }
}
