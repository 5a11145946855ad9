package app.paceline.stats;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.course.Enrollment;
import app.paceline.learner.Learner;
import app.paceline.learner.LearnerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportingCohortTests extends StatsTestWorld {

    /** The CSV read back after RFC 4180 (quoted fields, doubled quotes, CRLF), as a list of rows. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(field.toString()).as("the last line ends with CRLF").isEmpty();
        assertThat(row).isEmpty();
        return rows;
    }

    static Map<String, String> rowOf(List<List<String>> table, LearnerId learner) {
        List<String> header = table.get(0);
        List<String> row = table.stream().filter(r -> r.get(0).equals(Long.toString(learner.value()))).findFirst().orElseThrow();
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            cells.put(header.get(i), row.get(i));
        }
        return cells;
    }

    private List<List<String>> export() {
        return parse(exporting.of(CREATOR, CODE).orElseThrow().csv());
    }

    @Test
    void hasOneColumnPerAssignmentChallengeDayAndOccurrence() {
        List<String> header = export().get(0);

        assertThat(header.subList(0, 9)).containsExactly("learner_id", "name", "status", "joined_at", "left_at",
                "assignment:essay", "assignment:video", "assignment:intro", "challenge:ten-day");
        assertThat(header.subList(9, 19)).containsExactly("challenge:ten-day:day1", "challenge:ten-day:day2",
                "challenge:ten-day:day3", "challenge:ten-day:day4", "challenge:ten-day:day5", "challenge:ten-day:day6",
                "challenge:ten-day:day7", "challenge:ten-day:day8", "challenge:ten-day:day9", "challenge:ten-day:day10");
        assertThat(header.subList(19, header.size())).containsExactly("session:qa@2026-12-03", "replay:qa@2026-12-03",
                "session:qa@2026-12-10");
    }

    @Test
    void hasOneRowPerLearnerByUserIdAndKeepsTheRowOfOneWhoLeft() {
        List<List<String>> table = export();

        assertThat(table).hasSize(6);
        assertThat(table.subList(1, 6)).extracting(row -> row.get(0)).containsExactly("1001", "1002", "1003", "1004", "1005");
        Map<String, String> dee = rowOf(table, DEE);
        assertThat(dee.get("status")).isEqualTo("left");
        assertThat(dee.get("left_at")).isEqualTo("2026-12-02T09:00:00Z");
        assertThat(dee.get("challenge:ten-day")).isEqualTo("left");
        assertThat(dee.get("challenge:ten-day:day1")).isEqualTo("done");
        assertThat(dee.get("replay:qa@2026-12-03")).isEqualTo("watched");
    }

    @Test
    void showsEachLearnersStateOfEveryPieceOfWork() {
        List<List<String>> table = export();

        Map<String, String> ana = rowOf(table, ANA);
        assertThat(ana.get("name")).isEqualTo("Ana");
        assertThat(ana.get("status")).isEqualTo("active");
        assertThat(ana.get("joined_at")).isEqualTo("2026-11-25T10:00:00Z");
        assertThat(ana.get("left_at")).isEmpty();
        assertThat(List.of(ana.get("assignment:essay"), ana.get("assignment:video"), ana.get("assignment:intro")))
                .containsExactly("done", "upcoming", "done");
        assertThat(List.of(ana.get("challenge:ten-day"), ana.get("challenge:ten-day:day1"), ana.get("challenge:ten-day:day2"),
                ana.get("challenge:ten-day:day3"), ana.get("challenge:ten-day:day5"), ana.get("challenge:ten-day:day6")))
                .containsExactly("active", "done", "late", "behind", "done", "");
        assertThat(List.of(ana.get("session:qa@2026-12-03"), ana.get("replay:qa@2026-12-03"), ana.get("session:qa@2026-12-10")))
                .containsExactly("live", "", "live");
        Map<String, String> ben = rowOf(table, BEN);
        assertThat(List.of(ben.get("assignment:essay"), ben.get("assignment:intro"), ben.get("challenge:ten-day"),
                ben.get("challenge:ten-day:day5"), ben.get("session:qa@2026-12-03"), ben.get("replay:qa@2026-12-03")))
                .containsExactly("at_risk", "overdue", "silent", "today", "replay", "watched");
        assertThat(rowOf(table, CEM).get("assignment:essay")).isEqualTo("planned");
        assertThat(rowOf(table, ELI).get("challenge:ten-day:day1")).as("late in Tokyo").isEqualTo("late");
    }

    @Test
    void aLearnerLeavingChangesNobodyElsesRow() {
        List<List<String>> before = export();
        clock.set(NOW.plusSeconds(1));
        enrollments.save(enrollments.find(BEN, CODE).orElseThrow().left(NOW));

        List<List<String>> after = export();

        assertThat(after).hasSameSizeAs(before);
        for (LearnerId other : List.of(ANA, CEM, DEE, ELI)) {
            assertThat(rowOf(after, other)).isEqualTo(rowOf(before, other));
        }
        assertThat(rowOf(after, BEN).get("status")).isEqualTo("left");
    }

    @Test
    void quotesNamesAfterRfc4180AndDefusesSpreadsheetFormulas() {
        LearnerId odd = new LearnerId(1006);
        LearnerId formula = new LearnerId(1007);
        Instant joined = Instant.parse("2026-12-01T00:00:00Z");
        learners.save(Learner.firstSeen(odd, "Ann \"Bee\", Jr.\nthe 2nd", "en", joined));
        learners.save(Learner.firstSeen(formula, "=HYPERLINK(\"x\")", "en", joined));
        enrollments.save(Enrollment.joined(odd, CODE, joined));
        enrollments.save(Enrollment.joined(formula, CODE, joined));

        String csv = exporting.of(CREATOR, CODE).orElseThrow().csv();
        List<List<String>> table = parse(csv);

        assertThat(csv).contains("\"Ann \"\"Bee\"\", Jr.\nthe 2nd\"");
        assertThat(rowOf(table, odd).get("name")).isEqualTo("Ann \"Bee\", Jr.\nthe 2nd");
        assertThat(rowOf(table, formula).get("name")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(table).allSatisfy(row -> assertThat(row).hasSameSizeAs(table.get(0)));
    }

    @Test
    void nobodyButTheCourseCreatorsGetsTheTable() {
        assertThat(exporting.of(CO_CREATOR, CODE)).isPresent();
        assertThat(exporting.of(ANA, CODE)).isEmpty();
        assertThat(exporting.of(new LearnerId(42), CODE)).isEmpty();
    }
}
