package app.paceline.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CourseCodeTests {

    @ParameterizedTest
    @ValueSource(strings = {"baker-2026", "A", "Summer_School-2026", "0123456789012345678901234567890123456789012345678901234567890123"})
    void acceptsWhatTelegramAllowsInAStartPayload(String text) {
        assertThat(CourseCode.parse(text)).contains(new CourseCode(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "baker 2026", "baker/2026", "пекарь", "baker.2026", "a+b",
            "01234567890123456789012345678901234567890123456789012345678901234"})
    void refusesAnythingElse(String text) {
        assertThat(CourseCode.parse(text)).isEmpty();
        assertThatThrownBy(() -> new CourseCode(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Baker-2026"})
    void keepsLetterCaseBecauseTelegramPassesThePayloadAsWritten(String text) {
        assertThat(new CourseCode(text)).isNotEqualTo(new CourseCode("baker-2026"));
    }
}
