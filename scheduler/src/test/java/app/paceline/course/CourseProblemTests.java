package app.paceline.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import app.paceline.course.CourseProblem.Code;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CourseProblemTests {

    @Test
    void givesThePromptExactlyTheArgumentsOfItsCode() {
        CourseProblem problem = CourseProblem.at(Code.BAD_DATETIME, 9, 12, "assignments[1].opens").with("value", "2026-12-01");

        assertThat(problem.arguments()).containsExactly(entry("line", 9), entry("field", "assignments[1].opens"),
                entry("value", "2026-12-01"));
        assertThat(CourseProblem.at(Code.EMPTY, 0, 0, "").arguments()).isEmpty();
        assertThat(CourseProblem.at(Code.NOT_YAML, 3, 7, "").arguments()).containsExactly(entry("line", 3), entry("column", 7));
    }

    @Test
    void refusesAnArgumentItsCodeDoesNotTake() {
        assertThatThrownBy(() -> new CourseProblem(Code.MISSING_FIELD, 1, 1, "course", Map.of("value", "x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void saysWhenAnArgumentIsMissing() {
        assertThatThrownBy(() -> CourseProblem.at(Code.BAD_TIMEZONE, 4, 13, "course.timezone").arguments())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keysAreSnakeCase() {
        assertThat(Code.DUPLICATE_CHALLENGE_ID.key()).isEqualTo("duplicate_challenge_id");
    }
}
