package app.paceline.calendar.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad and odd typed times in {@code src/test/resources/time-inputs/bad-and-odd.txt}: each yields exactly
 * its problem, with the arguments its prompt takes, and nothing understood (so nothing can be stored).
 */
class BadTimeInputsTests {

    private static final Instant NOW = TimeInputCorpus.NOW;

    private final TimeInput input = TimeInput.standard();

    static Stream<Arguments> corpus() {
        return TimeInputCorpus.cases().stream().map(c -> Arguments.of(c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachBadInputYieldsItsProblem(TimeInputCorpus.Case bad) {
        TimeReading reading = input.read(bad.text(), bad.language(), bad.zone(), bad.now(), bad.bounds());

        assertThat(reading).isInstanceOf(TimeReading.NotUnderstood.class);
        TimeReading.NotUnderstood refused = (TimeReading.NotUnderstood) reading;
        assertThat(refused.problem()).isEqualTo(bad.problem());
        assertThat(refused.arguments().keySet()).containsExactlyElementsOf(bad.problem().arguments());
    }

    @Test
    void theCorpusHasAtLeastFiftyInputsAndCoversEveryProblemTheTextCanCause() {
        List<TimeInputCorpus.Case> cases = TimeInputCorpus.cases();
        Set<TimeProblem> covered = cases.stream().map(TimeInputCorpus.Case::problem).collect(Collectors.toSet());

        assertThat(cases).hasSizeGreaterThanOrEqualTo(50);
        assertThat(covered).containsAll(EnumSet.complementOf(EnumSet.of(TimeProblem.EMPTY, TimeProblem.TOO_LONG)));
    }

    @Test
    void blankInputIsEmpty() {
        for (String blank : new String[] {null, "", "   ", "\t\n", "\u00a0\u2003"}) {
            assertThat(input.read(blank, Locale.ENGLISH, ZoneId.of("Europe/Berlin"), NOW))
                    .isEqualTo(new TimeReading.NotUnderstood(TimeProblem.EMPTY, Map.of()));
        }
    }

    @Test
    void tenThousandCharactersAreTooLongAndNotRead() {
        String huge = "tomorrow 19:30 ".repeat(667).substring(0, 10_000);

        assertThat(input.read(huge, Locale.ENGLISH, ZoneId.of("Europe/Berlin"), NOW))
                .isEqualTo(new TimeReading.NotUnderstood(TimeProblem.TOO_LONG, Map.of("limit", TimeInput.MAX_LENGTH)));
    }
}
