package app.paceline.bot.render;

import app.paceline.bot.outbound.Button;
import app.paceline.course.CourseCode;
import app.paceline.learner.LearnerId;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Callback data of the statistics buttons: {@code st:s:<course>} shows a course's statistics, {@code st:e:<course>}
 * exports it, {@code st:n:<learner>:<course>} nudges a learner. A course is named by its code when that fits in 64
 * bytes, otherwise by {@code ~<digest>}, resolved among the presser's own courses. Nothing in the data is trusted: every
 * press is authorized again against the course's creators.
 */
public final class StatsButtons {

    public static final String AREA = "st";
    public static final String SHOW = "s";
    public static final String EXPORT = "e";
    public static final String NUDGE = "n";
    /** Marks a course named by digest; course codes never contain it. */
    public static final String DIGEST = "~";

    private StatsButtons() {
    }

    public static String show(CourseCode course) {
        return withCourse(AREA + ":" + SHOW + ":", course);
    }

    public static String export(CourseCode course) {
        return withCourse(AREA + ":" + EXPORT + ":", course);
    }

    public static String nudge(CourseCode course, LearnerId learner) {
        return withCourse(AREA + ":" + NUDGE + ":" + learner.value() + ":", course);
    }

    private static String withCourse(String prefix, CourseCode course) {
        String data = prefix + course.value();
        return data.getBytes(StandardCharsets.UTF_8).length <= Button.MAX_DATA_BYTES ? data
                : prefix + DIGEST + Button.digest(course.value());
    }

    /** Whether {@code argument} (from a press) names {@code course}. */
    public static boolean names(String argument, CourseCode course) {
        return argument.startsWith(DIGEST) ? argument.substring(1).equals(Button.digest(course.value()))
                : argument.equals(course.value());
    }

    /** The code an argument names directly; empty for a digest (or anything that is not a code). */
    public static Optional<CourseCode> code(String argument) {
        return argument.startsWith(DIGEST) ? Optional.empty() : CourseCode.parse(argument);
    }
}
