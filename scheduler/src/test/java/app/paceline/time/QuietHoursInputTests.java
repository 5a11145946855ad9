package app.paceline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuietHoursInputTests {

    @ParameterizedTest(name = "\"{0}\" is {1} to {2}")
    @CsvSource(delimiter = '|', value = {
            "23:00-07:30     | 23:00 | 07:30",
            "23-7            | 23:00 | 07:00",
            "22.30 – 6.45    | 22:30 | 06:45",
            "11pm-7am        | 23:00 | 07:00",
            "11 PM to 7 AM   | 23:00 | 07:00",
            "from 21:00 till 06:00 | 21:00 | 06:00",
            "с 23 до 7       | 23:00 | 07:00",
            "24:00-08:00     | 00:00 | 08:00",
            "13:00-14:00     | 13:00 | 14:00",
            "12am-6am        | 00:00 | 06:00"})
    void readsASpanOfTwoClockTimes(String text, LocalTime start, LocalTime end) {
        assertThat(QuietHoursInput.parse(text)).contains(new QuietHours(start, end));
    }

    @ParameterizedTest
    @ValueSource(strings = {"off", "OFF", " none ", "выкл", "нет"})
    void aWordForNoneTurnsThemOff(String text) {
        assertThat(QuietHoursInput.parse(text)).contains(QuietHours.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "night", "23:00", "23:00-23:00", "25-7", "23:61-7", "13pm-7am", "0am-7", "7-",
            "23:00-07:00-08:00", "tomorrow", "22:00 07:00 please", "9999999999999-1"})
    void anythingElseIsNotUnderstood(String text) {
        assertThat(QuietHoursInput.parse(text)).isEmpty();
    }
}
