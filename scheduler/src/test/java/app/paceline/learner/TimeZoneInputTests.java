package app.paceline.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeZoneInputTests {

    private final TimeZoneInput input = TimeZoneInput.standard();

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "Europe/Berlin|Europe/Berlin",
            "europe/berlin|Europe/Berlin",
            "  Asia/Kolkata  |Asia/Kolkata",
            "America/New York|America/New_York",
            "Berlin|Europe/Berlin",
            "New York|America/New_York",
            "new_york|America/New_York",
            "Tokyo|Asia/Tokyo",
            "Kolkata|Asia/Kolkata",
            "São Paulo|America/Sao_Paulo",
            "Sao Paulo|America/Sao_Paulo",
            "San Francisco|America/Los_Angeles",
            "Mumbai|Asia/Kolkata",
            "Москва|Europe/Moscow",
            "москва|Europe/Moscow",
            "Нью-Йорк|America/New_York",
    })
    void understandsZoneIdsAndCities(String text, String zone) {
        assertThat(input.parse(text)).contains(ZoneId.of(zone));
    }

    @ParameterizedTest(name = "\"{0}\" is the fixed offset {1}")
    @CsvSource(delimiter = '|', value = {
            "+5:30|+05:30",
            "+05:30|+05:30",
            "+0530|+05:30",
            "UTC-3|-03:00",
            "utc -3|-03:00",
            "GMT+2|+02:00",
            "−4|-04:00",
            "+5:45|+05:45",
            "UTC+14|+14:00",
            "-12|-12:00",
    })
    void understandsUtcOffsetsAsFixedZones(String text, String offset) {
        assertThat(input.parse(text)).contains(ZoneOffset.of(offset));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "utc", "GMT", "Z"})
    void understandsUtcItself(String text) {
        assertThat(input.parse(text)).contains(ZoneOffset.UTC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "nonsense", "Atlantis", "+15", "-13", "+5:60", "UTC+", "12:00", "Europe/",
            "/", "Berlin; DROP TABLE learners", "\u0000", "\uD83D\uDE00", "America/New_York/Extra"})
    void refusesWhatNamesNoZone(String text) {
        assertThat(input.parse(text)).isEmpty();
    }

    @Test
    void refusesNullAndOverlongInputWithoutThrowing() {
        assertThat(input.parse(null)).isEmpty();
        assertThat(input.parse("Berlin".repeat(20))).isEmpty();
    }
}
