package app.paceline.course;

import app.paceline.learner.LearnerId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A course as imported from its file: code (its identity), title, the zone its local times are in, who created it
 * (its owner, who may invite co-creators; both may re-import it and manage it), its assignments in file order, its live sessions and challenges,
 * and when it was first created and last imported (UTC).
 */
public record Course(CourseCode code, String title, ZoneId zone, LearnerId creator, List<LearnerId> coCreators,
                     List<Assignment> assignments, List<Session> sessions, List<Challenge> challenges, Instant createdAt,
                     Instant importedAt) {

    /** A course without challenges. */
    public Course(CourseCode code, String title, ZoneId zone, LearnerId creator, List<LearnerId> coCreators,
                  List<Assignment> assignments, List<Session> sessions, Instant createdAt, Instant importedAt) {
        this(code, title, zone, creator, coCreators, assignments, sessions, List.of(), createdAt, importedAt);
    }

    /** A course without live sessions. */
    public Course(CourseCode code, String title, ZoneId zone, LearnerId creator, List<LearnerId> coCreators,
                  List<Assignment> assignments, Instant createdAt, Instant importedAt) {
        this(code, title, zone, creator, coCreators, assignments, List.of(), createdAt, importedAt);
    }

    public Course {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(creator, "creator");
        coCreators = List.copyOf(coCreators);
        assignments = List.copyOf(assignments);
        sessions = List.copyOf(sessions);
        challenges = List.copyOf(challenges);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(importedAt, "importedAt");
    }

    /** A new course from a file, created by whoever uploaded it. */
    public static Course created(CourseFile file, LearnerId creator, Instant now) {
        return new Course(file.code(), file.title(), file.zone(), creator, List.of(), file.assignments(), file.sessions(), file.challenges(), now, now);
    }

    /** This course with what a newer version of its file says; owners and creation time stay. */
    public Course reimported(CourseFile file, Instant now) {
        if (!file.code().equals(code)) {
            throw new IllegalArgumentException("file is for " + file.code() + ", not " + code);
        }
        return new Course(code, file.title(), file.zone(), creator, coCreators, file.assignments(), file.sessions(), file.challenges(), createdAt, now);
    }

    /** This course with another owner and co-creators. */
    public Course withTeam(LearnerId owner, List<LearnerId> team) {
        return new Course(code, title, zone, owner, team, assignments, sessions, challenges, createdAt, importedAt);
    }

    /** True for the creator (owner) only: who may invite and remove co-creators. */
    public boolean isOwnedBy(LearnerId user) {
        return creator.equals(user);
    }

    /** True for the creator and co-creators. */
    public boolean isEditableBy(LearnerId user) {
        return creator.equals(user) || coCreators.contains(user);
    }

    public Optional<Assignment> assignment(String id) {
        return assignments.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Challenge> challenge(String id) {
        return challenges.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Session> session(String id) {
        return sessions.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
