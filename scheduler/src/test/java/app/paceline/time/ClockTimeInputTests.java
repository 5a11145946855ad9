package app.paceline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClockTimeInputTests {

    @ParameterizedTest
    @CsvSource({"07:30,07:30", "7.30,07:30", "7,07:00", "' 19:00 ',19:00", "7pm,19:00", "12am,00:00", "24:00,00:00", "0:05,00:05"})
    void readsClockTimes(String text, String expected) {
        assertThat(ClockTimeInput.parse(text)).contains(LocalTime.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "25:00", "7:60", "13pm", "0am", "seven", "7:30 tomorrow", "07:30-08:00", "-1", "123"})
    void refusesAnythingElse(String text) {
        assertThat(ClockTimeInput.parse(text)).isEmpty();
    }
}
