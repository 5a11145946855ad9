package app.paceline.course;

import app.paceline.learner.LearnerId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Imports a course file sent by a user: a new code creates a course owned by the sender; the creator's own code
 * updates their course in place (enrollments, which reference the code and assignment ids, stay); anyone else's
 * code is refused. A file with any problem stores nothing, so a course is never half-applied; every write is one
 * whole course document.
 *
 * <p>A re-import may not take back what a challenge has released to learners already: a challenge that released
 * days ({@link ReleasedChallengeDays}) may not be left out, cut below the days released, or have its {@code start}
 * changed (another date, or a date instead of on-join or the other way round). Its days' texts, titles, questions
 * and links may be fixed, days added, and its release time, grace days and board changed.
 */
public final class ImportingCourse {

    private final Courses courses;
    private final Enrollments enrollments;
    private final CourseFileReader reader;
    private final Clock clock;
    private final CourseEvents events;
    private final ReleasedChallengeDays released;
    private final CourseCreators creators;

    public ImportingCourse(Courses courses, Enrollments enrollments, CourseFileReader reader, Clock clock) {
        this(courses, enrollments, reader, clock, CourseEvents.NONE);
    }

    /** @param events told after a re-import changed a course, so that learners' reminders and nudges follow it */
    public ImportingCourse(Courses courses, Enrollments enrollments, CourseFileReader reader, Clock clock, CourseEvents events) {
        this(courses, enrollments, reader, clock, events, ReleasedChallengeDays.NONE);
    }

    /**
     * @param events   told after a re-import changed a course, so that learners' reminders and nudges follow it
     * @param released how far each challenge has gone, so that a re-import cannot take back released days
     */
    public ImportingCourse(Courses courses, Enrollments enrollments, CourseFileReader reader, Clock clock, CourseEvents events,
                           ReleasedChallengeDays released) {
        this(courses, enrollments, reader, clock, events, released, CourseCreators.anyone());
    }

    /** @param creators who may create new courses (updating one's own is always allowed) */
    public ImportingCourse(Courses courses, Enrollments enrollments, CourseFileReader reader, Clock clock, CourseEvents events,
                           ReleasedChallengeDays released, CourseCreators creators) {
        this.creators = Objects.requireNonNull(creators);
        this.courses = Objects.requireNonNull(courses);
        this.enrollments = Objects.requireNonNull(enrollments);
        this.reader = Objects.requireNonNull(reader);
        this.clock = Objects.requireNonNull(clock);
        this.events = Objects.requireNonNull(events);
        this.released = Objects.requireNonNull(released);
    }

    /**
     * @param creatorUserId the Telegram user id of the sender
     * @param text          the file's text, decoded as UTF-8 (undecodable bytes as U+FFFD, which is reported)
     */
    public ImportOutcome importFile(long creatorUserId, String text) {
        LearnerId sender = new LearnerId(creatorUserId);
        CourseFileReader.Result read = reader.read(text);
        if (read instanceof CourseFileReader.Invalid invalid) {
            return new ImportOutcome.Invalid(invalid.problems());
        }
        return apply(sender, (CourseFileReader.Valid) read);
    }

    /**
     * Imports a course built in chat rather than read from a file (the guided setup), by the same rules: a new code
     * creates a course owned by {@code creatorUserId}, a code of theirs updates it, anyone else's is refused.
     */
    public ImportOutcome importBuilt(long creatorUserId, CourseFile file) {
        return apply(new LearnerId(creatorUserId), new CourseFileReader.Valid(file));
    }

    private ImportOutcome apply(LearnerId sender, CourseFileReader.Valid valid) {
        CourseFile file = valid.file();
        Instant now = clock.instant();
        Optional<Course> existing = courses.find(file.code());
        if (existing.isEmpty()) {
            if (!creators.mayCreate(sender)) {
                return new ImportOutcome.NotAllowedToCreate(file.code());
            }
            Course course = Course.created(file, sender, now);
            if (courses.add(course)) {
                events.courseCreated(course);
                return new ImportOutcome.Created(course);
            }
            // Someone created this code between our read and our insert: decide against what is stored now.
            existing = courses.find(file.code());
            if (existing.isEmpty()) {
                throw new IllegalStateException("course " + file.code() + " was neither added nor found");
            }
        }
        Course before = existing.get();
        if (!before.isEditableBy(sender)) {
            return new ImportOutcome.NotTheCreator(file.code());
        }
        List<CourseProblem> takenBack = releasedDaysTakenBack(before, valid);
        if (!takenBack.isEmpty()) {
            return new ImportOutcome.Invalid(takenBack);
        }
        Course after = before.reimported(file, now);
        ImportSummary summary = ImportSummary.between(before, after, enrollments.countActive(file.code()));
        if (!summary.isUnchanged()) {
            courses.replace(after);
            events.courseUpdated(before, after);
        }
        return new ImportOutcome.Updated(after, summary);
    }

    /** A problem for each challenge of the stored course that the new file would take released days back from. */
    private List<CourseProblem> releasedDaysTakenBack(Course before, CourseFileReader.Valid valid) {
        List<CourseProblem> problems = new ArrayList<>();
        List<Challenge> now = valid.file().challenges();
        for (Challenge old : before.challenges()) {
            int days = released.mostReleased(before.code(), old.id());
            if (days <= 0) {
                continue;
            }
            int index = indexOf(now, old.id());
            if (index < 0) {
                problems.add(CourseProblem.at(CourseProblem.Code.CHALLENGE_REMOVED, valid.line("challenges"), 0, "challenges")
                        .with("value", old.id()).with("released", days));
                continue;
            }
            Challenge challenge = now.get(index);
            String prefix = "challenges[" + (index + 1) + "]";
            if (!challenge.cohortStart().equals(old.cohortStart())) {
                problems.add(CourseProblem.at(CourseProblem.Code.STARTED_CHALLENGE_MOVED, valid.line(prefix + ".start"), 0,
                        prefix + ".start").with("value", startOf(old)));
            }
            if (challenge.days().size() < days) {
                problems.add(CourseProblem.at(CourseProblem.Code.RELEASED_DAYS_REMOVED, valid.line(prefix + ".days"), 0,
                        prefix + ".days").with("released", days));
            }
        }
        problems.sort(Comparator.comparingInt(CourseProblem::line));
        return problems;
    }

    private static int indexOf(List<Challenge> challenges, String id) {
        for (int i = 0; i < challenges.size(); i++) {
            if (challenges.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** A challenge's {@code start} as the course file writes it. */
    private static String startOf(Challenge challenge) {
        return challenge.cohortStart().map(Object::toString).orElse("on-join");
    }
}
