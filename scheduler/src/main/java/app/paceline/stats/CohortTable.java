package app.paceline.stats;

import java.util.List;
import java.util.Locale;

/**
 * A course's learners as a table: one row per learner who ever enrolled, keyed by their Telegram user id and sorted
 * by it, and one column per piece of work. Columns and cell values are stable identifiers, not words, so that
 * scripts and spreadsheets can rely on them (described in {@link ExportingCohort}).
 */
public record CohortTable(List<String> header, List<List<String>> rows) {

    public CohortTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells for " + header.size() + " columns");
            }
        }
    }

    /**
     * The table as CSV after RFC 4180: comma-separated, CRLF line ends (the last line too), and a field quoted (with
     * its quotes doubled) when it holds a comma, a quote, a line break or starts with a space. A field that a
     * spreadsheet would run as a formula ({@code = + - @} first, as in a learner's name) gets a leading
     * apostrophe, so that opening the file never runs anything.
     */
    public String csv() {
        StringBuilder csv = new StringBuilder();
        line(csv, header);
        rows.forEach(row -> line(csv, row));
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
            text = "'" + text;
        }
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                || text.startsWith(" ") || text.endsWith(" ");
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** A value as it goes into a cell: lower case, words joined by {@code _}. */
    static String cell(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
