package app.paceline.course;

import app.paceline.learner.LearnerId;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Imports a course file sent by a user: a new code creates a course owned by the sender; the creator's own code
 * updates their course in place (enrollments, which reference the code and assignment ids, stay); anyone else's
 * code is refused. A file with any problem stores nothing, so a course is never half-applied; every write is one
 * whole course document.
 */
public final class ImportingCourse {

    private final Courses courses;
    private final Enrollments enrollments;
    private final CourseFileReader reader;
    private final Clock clock;
    private final CourseEvents events;

    public ImportingCourse(Courses courses, Enrollments enrollments, CourseFileReader reader, Clock clock) {
        this(courses, enrollments, reader, clock, CourseEvents.NONE);
    }

    /** @param events told after a re-import changed a course, so that learners' reminders and nudges follow it */
    public ImportingCourse(Courses courses, Enrollments enrollments, CourseFileReader reader, Clock clock, CourseEvents events) {
        this.courses = Objects.requireNonNull(courses);
        this.enrollments = Objects.requireNonNull(enrollments);
        this.reader = Objects.requireNonNull(reader);
        this.clock = Objects.requireNonNull(clock);
        this.events = Objects.requireNonNull(events);
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
        CourseFile file = ((CourseFileReader.Valid) read).file();
        Instant now = clock.instant();
        Optional<Course> existing = courses.find(file.code());
        if (existing.isEmpty()) {
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
        Course after = before.reimported(file, now);
        ImportSummary summary = ImportSummary.between(before, after, enrollments.countActive(file.code()));
        if (!summary.isUnchanged()) {
            courses.replace(after);
            events.courseUpdated(before, after);
        }
        return new ImportOutcome.Updated(after, summary);
    }
}
