package app.paceline.bot.render;

import app.paceline.bot.outbound.Keyboard;
import app.paceline.course.Course;
import app.paceline.course.CourseCode;
import app.paceline.course.Courses;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.PlannedDelivery;
import app.paceline.learner.Learner;
import app.paceline.learner.Learners;
import app.paceline.prompts.Prompts;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The daily challenge board in a course's group, from the counts and names its delivery carries: the day (or the
 * date, or the grace days), how many did it, are catching up and finished, and the first names of those who chose to
 * be named. A group has no single reader: the board is in the course creator's language, else the base one.
 */
public final class ChallengeBoardTexts {

    private final Prompts prompts;
    private final Courses courses;
    private final Learners learners;

    public ChallengeBoardTexts(Prompts prompts, Courses courses, Learners learners) {
        this.prompts = prompts;
        this.courses = courses;
        this.learners = learners;
    }

    public DeliveryTexts registerWith(DeliveryTexts texts) {
        return texts.with(DeliveryKind.CHALLENGE_BOARD, this::board);
    }

    DeliveryTexts.Message board(PlannedDelivery delivery, Locale groupLocale, ZoneId ignored) {
        Map<String, String> payload = delivery.plan().payload();
        Locale locale = creatorLocale(payload.get("course")).orElse(groupLocale);
        String challenge = payload.getOrDefault("title", payload.getOrDefault("challenge", ""));
        int days = number(payload, "days");
        String phase = payload.getOrDefault("phase", "day");
        List<String> lines = new ArrayList<>();
        if (phase.equals("grace")) {
            lines.add(prompts.render(locale, "challenge.board.grace", Map.of(
                    "challenge", challenge,
                    "days", days,
                    "date", date(payload.get("openUntil"), locale))));
        } else if (phase.equals("own")) {
            lines.add(prompts.render(locale, "challenge.board.own", Map.of(
                    "challenge", challenge,
                    "date", date(payload.get("date"), locale))));
            lines.add(prompts.render(locale, "challenge.board.up_to_date", Map.of(
                    "done", number(payload, "done"),
                    "learners", number(payload, "learners"))));
        } else {
            lines.add(prompts.render(locale, "challenge.board.day", Map.of(
                    "challenge", challenge,
                    "day", number(payload, "day"),
                    "days", days,
                    "title", payload.getOrDefault("dayTitle", ""))));
            lines.add(prompts.render(locale, "challenge.board.done_today", Map.of(
                    "done", number(payload, "done"),
                    "learners", number(payload, "learners"))));
        }
        lines.add(prompts.render(locale, "challenge.board.catching_up", Map.of("count", number(payload, "behind"))));
        if (number(payload, "finished") > 0 || phase.equals("grace")) {
            lines.add(prompts.render(locale, "challenge.board.finished", Map.of("count", number(payload, "finished"))));
        }
        names(payload, locale).ifPresent(line -> lines.add("\n" + line));
        return new DeliveryTexts.Message(String.join("\n", lines), Keyboard.none());
    }

    /** "👏 Well done: Ana, Ben and 3 more": each name escaped by its own prompt, never put into another one. */
    private Optional<String> names(Map<String, String> payload, Locale locale) {
        String all = payload.getOrDefault("names", "");
        if (all.isBlank()) {
            return Optional.empty();
        }
        List<String> names = Arrays.stream(all.split("\n")).filter(name -> !name.isBlank())
                .map(name -> prompts.render(locale, "challenge.board.name", Map.of("name", name))).toList();
        StringBuilder line = new StringBuilder(prompts.render(locale, "challenge.board.names"))
                .append(' ').append(String.join(", ", names));
        int more = number(payload, "more");
        if (more > 0) {
            line.append(' ').append(prompts.render(locale, "challenge.board.more_names", Map.of("count", more)));
        }
        return Optional.of(line.toString());
    }

    private Optional<Locale> creatorLocale(String course) {
        if (course == null) {
            return Optional.empty();
        }
        return CourseCode.parse(course).flatMap(courses::find).map(Course::creator).flatMap(learners::find)
                .map(Learner::languageCode).filter(code -> !code.isBlank()).map(prompts::localeFor);
    }

    private static String date(String iso, Locale locale) {
        return iso == null ? "" : String.valueOf(LocalTimes.value(LocalDate.parse(iso), ZoneId.of("UTC"), locale));
    }

    private static int number(Map<String, String> payload, String key) {
        String value = payload.get(key);
        return value == null || value.isBlank() ? 0 : Integer.parseInt(value);
    }
}
