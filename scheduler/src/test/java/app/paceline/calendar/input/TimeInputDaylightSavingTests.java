package app.paceline.calendar.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Local times on the nights the clocks change: a time that does not exist is refused, one that exists twice noted. */
class TimeInputDaylightSavingTests {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
    /** 00:30 in New York on the night 02:00 EST becomes 03:00 EDT. */
    private static final Instant US_SPRING_FORWARD = Instant.parse("2026-03-08T05:30:00Z");
    /** 00:30 EDT in New York on the night 02:00 EDT becomes 01:00 EST, so 01:00–02:00 happens twice. */
    private static final Instant US_FALL_BACK = Instant.parse("2026-11-01T04:30:00Z");
    /** 00:30 in Berlin on the night 02:00 CET becomes 03:00 CEST. */
    private static final Instant EU_SPRING_FORWARD = Instant.parse("2026-03-28T23:30:00Z");
    /** Saturday evening in Sydney before 03:00 AEDT becomes 02:00 AEST on Sunday 5 April 2026. */
    private static final Instant AU_FALL_BACK = Instant.parse("2026-04-04T09:00:00Z");
    /** A week before 02:00 AEST becomes 03:00 AEDT on Sunday 4 October 2026. */
    private static final Instant AU_SPRING_FORWARD_WEEK = Instant.parse("2026-09-27T00:00:00Z");

    private final TimeInput input = TimeInput.standard();

    @Test
    void refusesATimeTheClocksSkipInNewYorkAndSuggestsTheOneTheyShow() {
        TimeReading reading = input.read("2:30", Locale.ENGLISH, NEW_YORK, US_SPRING_FORWARD);

        assertThat(reading).isEqualTo(new TimeReading.NotUnderstood(TimeProblem.DST_GAP, Map.of(
                "requested", LocalDateTime.parse("2026-03-08T02:30"),
                "suggestion", ZonedDateTime.parse("2026-03-08T03:30-04:00[America/New_York]"))));
    }

    @Test
    void refusesATimeTheClocksSkipInBerlin() {
        TimeReading reading = input.read("02:30", Locale.ENGLISH, BERLIN, EU_SPRING_FORWARD);

        assertThat(reading).isEqualTo(new TimeReading.NotUnderstood(TimeProblem.DST_GAP, Map.of(
                "requested", LocalDateTime.parse("2026-03-29T02:30"),
                "suggestion", ZonedDateTime.parse("2026-03-29T03:30+02:00[Europe/Berlin]"))));
    }

    @Test
    void refusesATimeTheClocksSkipInSydneyNamedByDate() {
        TimeReading reading = input.read("4.10 2:30am", Locale.ENGLISH, SYDNEY, AU_SPRING_FORWARD_WEEK);

        assertThat(reading).isEqualTo(new TimeReading.NotUnderstood(TimeProblem.DST_GAP, Map.of(
                "requested", LocalDateTime.parse("2026-10-04T02:30"),
                "suggestion", ZonedDateTime.parse("2026-10-04T03:30+11:00[Australia/Sydney]"))));
    }

    @Test
    void aSkippedTimeWhoseSuggestionIsPastTheDeadlineIsAfterTheDeadline() {
        var bounds = new BookingBounds(US_SPRING_FORWARD, Instant.parse("2026-03-08T07:00:00Z")); // 03:00 EDT

        TimeReading reading = input.read("2:30", Locale.ENGLISH, NEW_YORK, US_SPRING_FORWARD, bounds);

        assertThat(reading).extracting(r -> ((TimeReading.NotUnderstood) r).problem())
                .isEqualTo(TimeProblem.AFTER_DEADLINE);
    }

    @Test
    void aSkippedTimeInThePastIsInThePast() {
        TimeReading reading = input.read("today 2:30", Locale.ENGLISH, NEW_YORK, Instant.parse("2026-03-08T12:00:00Z"));

        assertThat(reading).extracting(r -> ((TimeReading.NotUnderstood) r).problem())
                .isEqualTo(TimeProblem.IN_THE_PAST);
    }

    @Test
    void takesTheFirstOfTwoEqualTimesInNewYorkAndSaysWhichOffset() {
        var reading = (TimeReading.Understood) input.read("1:30", Locale.ENGLISH, NEW_YORK, US_FALL_BACK);

        assertThat(reading.local().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2026-11-01T01:30-04:00"));
        assertThat(reading.notes()).containsExactly(new TimeNote(TimeNote.Kind.DST_OVERLAP, Map.of(
                "offset", ZoneOffset.ofHours(-4), "otherOffset", ZoneOffset.ofHours(-5),
                "other", ZonedDateTime.parse("2026-11-01T01:30-05:00[America/New_York]"))));
    }

    @Test
    void takesTheSecondOfTwoEqualTimesWhenTheFirstHasJustPassed() {
        Instant betweenThem = Instant.parse("2026-11-01T05:45:00Z"); // 01:45 EDT, the first 01:30 is past

        var reading = (TimeReading.Understood) input.read("1:30", Locale.ENGLISH, NEW_YORK, betweenThem);

        assertThat(reading.at()).isEqualTo(Instant.parse("2026-11-01T06:30:00Z"));
        assertThat(reading.notes()).extracting(n -> n.arguments().get("offset")).containsExactly(ZoneOffset.ofHours(-5));
    }

    @Test
    void takesTheFirstOfTwoEqualTimesInTheSouthernAutumn() {
        var reading = (TimeReading.Understood) input.read("завтра в 2:30", Locale.forLanguageTag("ru"), SYDNEY,
                AU_FALL_BACK);

        assertThat(reading.local().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2026-04-05T02:30+11:00"));
        assertThat(reading.notes()).extracting(TimeNote::kind).containsExactly(TimeNote.Kind.DST_OVERLAP);
        assertThat(reading.notes().get(0).arguments().get("otherOffset")).isEqualTo(ZoneOffset.ofHours(10));
    }

    @Test
    void aWeekdayTimeStaysLocalAcrossTheChange() {
        Instant fridayNoon = Instant.parse("2026-03-06T17:00:00Z"); // 12:00 EST

        var reading = (TimeReading.Understood) input.read("sun 19:00", Locale.ENGLISH, NEW_YORK, fridayNoon);

        assertThat(reading.local().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2026-03-08T19:00-04:00"));
    }

    @Test
    void aDurationIsExactAcrossTheChange() {
        Instant oneThirtyEst = Instant.parse("2026-03-08T06:30:00Z");

        var reading = (TimeReading.Understood) input.read("in 1 hour", Locale.ENGLISH, NEW_YORK, oneThirtyEst);

        assertThat(reading.at()).isEqualTo(Instant.parse("2026-03-08T07:30:00Z"));
        assertThat(reading.local().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2026-03-08T03:30-04:00"));
        assertThat(reading.notes()).isEmpty();
    }
}
