package app.paceline.announce;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.calendar.input.TimeInput;
import app.paceline.calendar.input.TimeProblem;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AnnouncementInputTests {

    /** Tuesday 1 December 2026, 07:00 in New York. */
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final AnnouncementInput input = new AnnouncementInput(TimeInput.standard());

    @Test
    void textAloneIsPostedNowAndPinFirstPinsIt() {
        assertThat(read("Welcome, bakers!")).isEqualTo(new AnnouncementInput.Understood(false, new Announcing.Now(), "Welcome, bakers!", java.util.List.of()));
        assertThat(read("pin Rules: be kind\nand patient")).isEqualTo(
                new AnnouncementInput.Understood(true, new Announcing.Now(), "Rules: be kind\nand patient", java.util.List.of()));
    }

    @Test
    void atReadsTheLongestTimeAtTheStartInTheCourseZoneAndTheRestIsTheText() {
        var reading = (AnnouncementInput.Understood) read("at tomorrow 9:00 Live Q&A at 10, bring questions");

        assertThat(reading.when()).isEqualTo(new Announcing.At(Instant.parse("2026-12-02T14:00:00Z")));
        assertThat(reading.text()).isEqualTo("Live Q&A at 10, bring questions");
        assertThat(((Announcing.At) ((AnnouncementInput.Understood) read("pin at завтра в 9:00 Всем привет")).when()).at())
                .isEqualTo(Instant.parse("2026-12-02T14:00:00Z"));
    }

    @Test
    void aLineBreakEndsTheTimeWhenThereIsOne() {
        var reading = (AnnouncementInput.Understood) read("at Fri 8pm\n10 minutes of stretching");

        assertThat(reading.when()).isEqualTo(new Announcing.At(Instant.parse("2026-12-05T01:00:00Z")));
        assertThat(reading.text()).isEqualTo("10 minutes of stretching");
    }

    @Test
    void everyReadsAWeekdayInEnglishOrRussianAndALocalTime() {
        var monday = new Announcing.Every(DayOfWeek.MONDAY, LocalTime.of(9, 0), NEW_YORK);

        assertThat(((AnnouncementInput.Understood) read("every monday 9:00 Weekly check-in")).when()).isEqualTo(monday);
        assertThat(((AnnouncementInput.Understood) read("every Mon 9am Weekly check-in")).when()).isEqualTo(monday);
        assertThat(((AnnouncementInput.Understood) read("каждый понедельник в 9:00 Созвон")).when()).isEqualTo(monday);
        assertThat(((AnnouncementInput.Understood) read("по понедельникам 9:00 Созвон")).when()).isEqualTo(monday);
        var pinned = (AnnouncementInput.Understood) read("pin every fri 18:30 Weekend baking!");
        assertThat(pinned.pinned()).isTrue();
        assertThat(pinned.when()).isEqualTo(new Announcing.Every(DayOfWeek.FRIDAY, LocalTime.of(18, 30), NEW_YORK));
        assertThat(pinned.text()).isEqualTo("Weekend baking!");
    }

    @Test
    void aTimeThatIsMeantButWrongIsExplainedNotPosted() {
        assertThat(problem(read("at yesterday 9:00 Hello"))).isEqualTo(TimeProblem.IN_THE_PAST);
        assertThat(problem(read("at tomorrow Hello"))).isEqualTo(TimeProblem.MISSING_TIME);
        assertThat(problem(read("at someday Hello"))).isEqualTo(TimeProblem.NONSENSE);
        assertThat(problem(read("every monday 8 Hello"))).isEqualTo(TimeProblem.AMBIGUOUS_HOUR);
        assertThat(read("every day 9:00 Hello")).isInstanceOf(AnnouncementInput.Usage.class);
        assertThat(read("at")).isInstanceOf(AnnouncementInput.Usage.class);
    }

    @Test
    void aGuidedFlowReadsJustTheTime() {
        assertThat(((AnnouncementInput.Understood) input.once("tomorrow 9:00", Locale.ENGLISH, NEW_YORK, NOW)).when())
                .isEqualTo(new Announcing.At(Instant.parse("2026-12-02T14:00:00Z")));
        assertThat(((AnnouncementInput.Understood) input.weekly("wed 7pm", Locale.ENGLISH, NEW_YORK, NOW)).when())
                .isEqualTo(new Announcing.Every(DayOfWeek.WEDNESDAY, LocalTime.of(19, 0), NEW_YORK));
        assertThat(input.weekly("9:00", Locale.ENGLISH, NEW_YORK, NOW)).isInstanceOf(AnnouncementInput.Usage.class);
    }

    private AnnouncementInput.Reading read(String text) {
        return input.read(text, Locale.ENGLISH, NEW_YORK, NOW);
    }

    private static TimeProblem problem(AnnouncementInput.Reading reading) {
        return ((AnnouncementInput.BadTime) reading).problem().problem();
    }
}
