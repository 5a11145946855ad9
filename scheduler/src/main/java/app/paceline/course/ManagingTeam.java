package app.paceline.course;

import app.paceline.learner.LearnerId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A course's team: its owner (who uploaded it) and co-creators, who may update the course, link its group, change
 * its sessions, see its statistics and write to its learners. The owner invites co-creators with a one-time link
 * (valid for {@link #INVITE_VALIDITY}) and removes them; a co-creator may leave. Someone outside the team learns
 * nothing about the course: every refusal for them reads as if there were no such course.
 */
public final class ManagingTeam {

    public static final Duration INVITE_VALIDITY = Duration.ofDays(7);

    /** What came of a request. Only {@link Invited}, {@link Joined} and {@link Removed} stored anything. */
    public sealed interface Outcome {
        /** @param invite the new invite; the bot turns its token into a link */
        record Invited(Course course, TeamInvite invite) implements Outcome {
        }

        record Joined(Course course) implements Outcome {
        }

        /** The user is the owner or a co-creator already. */
        record AlreadyInTeam(Course course) implements Outcome {
        }

        /** A co-creator was removed (or left). */
        record Removed(Course course, LearnerId member) implements Outcome {
        }

        /** Asked by a co-creator for what only the owner may do. */
        record OwnerOnly(Course course) implements Outcome {
        }

        /** The member is not (or no longer) a co-creator of the course. */
        record NotInTeam(Course course) implements Outcome {
        }

        /** No such course, or one the asker is not in the team of: the same answer, so nothing leaks. */
        record UnknownCourse() implements Outcome {
        }

        /** No such invite, or one used or expired: one answer for all, since the token is all the user has. */
        record InviteNotValid() implements Outcome {
        }
    }

    private final Courses courses;
    private final TeamInvites invites;
    private final Clock clock;
    private final RandomGenerator random;

    public ManagingTeam(Courses courses, TeamInvites invites, Clock clock) {
        this(courses, invites, clock, new SecureRandom());
    }

    public ManagingTeam(Courses courses, TeamInvites invites, Clock clock, RandomGenerator random) {
        this.courses = Objects.requireNonNull(courses);
        this.invites = Objects.requireNonNull(invites);
        this.clock = Objects.requireNonNull(clock);
        this.random = Objects.requireNonNull(random);
    }

    /** The course, if {@code user} is in its team. */
    public Optional<Course> ofTeam(LearnerId user, CourseCode code) {
        return courses.find(code).filter(course -> course.isEditableBy(user));
    }

    /** A new one-time invite link for the course, asked by its owner. */
    public Outcome invite(LearnerId owner, CourseCode code) {
        Optional<Course> course = ofTeam(owner, code);
        if (course.isEmpty()) {
            return new Outcome.UnknownCourse();
        }
        if (!course.get().isOwnedBy(owner)) {
            return new Outcome.OwnerOnly(course.get());
        }
        byte[] secret = new byte[16];
        random.nextBytes(secret);
        Instant now = clock.instant();
        TeamInvite invite = new TeamInvite(Base64.getUrlEncoder().withoutPadding().encodeToString(secret), code, owner, now,
                now.plus(INVITE_VALIDITY), Optional.empty());
        invites.add(invite);
        return new Outcome.Invited(course.get(), invite);
    }

    /** {@code user} opened an invite link. */
    public Outcome accept(LearnerId user, String token) {
        Optional<TeamInvite> invite = invites.find(token).filter(found -> found.openAt(clock.instant()));
        Optional<Course> course = invite.flatMap(found -> courses.find(found.course()));
        if (course.isEmpty()) {
            return new Outcome.InviteNotValid();
        }
        if (course.get().isEditableBy(user)) {
            return new Outcome.AlreadyInTeam(course.get()); // the invite stays open for the one it was meant for
        }
        if (!invites.use(token, user)) {
            return new Outcome.InviteNotValid();
        }
        courses.addCoCreator(course.get().code(), user);
        return new Outcome.Joined(courses.find(course.get().code()).orElse(course.get()));
    }

    /** The owner removes a co-creator, or a co-creator leaves ({@code member} is themselves). */
    public Outcome remove(LearnerId by, CourseCode code, LearnerId member) {
        Optional<Course> course = ofTeam(by, code);
        if (course.isEmpty()) {
            return new Outcome.UnknownCourse();
        }
        if (!course.get().isOwnedBy(by) && !by.equals(member)) {
            return new Outcome.OwnerOnly(course.get());
        }
        if (!courses.removeCoCreator(code, member)) {
            return new Outcome.NotInTeam(course.get());
        }
        return new Outcome.Removed(courses.find(code).orElse(course.get()), member);
    }
}
