package app.paceline.challenge;

import app.paceline.course.Challenge;
import app.paceline.course.CourseCode;
import app.paceline.learner.LearnerId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One learner in one challenge: when their day 1 is (a local date), how many days were released to them, which
 * they did (and what they answered), whether they paused, and when the next day comes.
 *
 * <p>Day {@code n} is released at the release time on local date {@code startDate + shiftDays + n - 1} in the
 * learner's zone, so it follows their zone and chosen time: moving from Berlin to Tokyo keeps 08:00 at 08:00. A pause
 * adds the paused days to {@code shiftDays}. Released days stay open until {@link #archivedAt}.
 *
 * @param releaseTime  the learner's own release time, if they chose one
 * @param nextRelease  when the next day is due; empty once every day is out, while paused, and after leaving
 * @param catchUpSent  whether the one catch-up message of the learner's current time behind went out; reset once
 *                     they catch up
 * @param showName     whether the group board may name the learner
 * @param version      for compare-and-set writes: the release job and the learner's own presses write the same record
 */
public record ChallengeEnrollment(LearnerId learner, CourseCode course, String challenge, LocalDate startDate,
                                  Optional<LocalTime> releaseTime, int released, Optional<Instant> nextRelease,
                                  Optional<LocalDate> pausedOn, int shiftDays, Map<Integer, Instant> done,
                                  Map<Integer, String> answers, boolean catchUpSent, boolean showName, Instant joinedAt,
                                  Optional<Instant> leftAt, long version) {

    public ChallengeEnrollment {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(releaseTime, "releaseTime");
        Objects.requireNonNull(nextRelease, "nextRelease");
        Objects.requireNonNull(pausedOn, "pausedOn");
        done = Map.copyOf(done);
        answers = Map.copyOf(answers);
        Objects.requireNonNull(joinedAt, "joinedAt");
        Objects.requireNonNull(leftAt, "leftAt");
    }

    /** A learner who just joined, nothing released yet. */
    public static ChallengeEnrollment joined(LearnerId learner, CourseCode course, String challenge, LocalDate startDate,
                                             Instant now) {
        return new ChallengeEnrollment(learner, course, challenge, startDate, Optional.empty(), 0, Optional.empty(),
                Optional.empty(), 0, Map.of(), Map.of(), false, false, now, Optional.empty(), 0);
    }

    /** {@code <learner>:<course>:<challenge>}: stable across leaving and joining again. */
    public String id() {
        return idOf(learner, course, challenge);
    }

    public static String idOf(LearnerId learner, CourseCode course, String challenge) {
        return learner.value() + ":" + course.value() + ":" + challenge;
    }

    public boolean isActive() {
        return leftAt.isEmpty();
    }

    public boolean isPaused() {
        return pausedOn.isPresent();
    }

    public boolean isDone(int day) {
        return done.containsKey(day);
    }

    /** The release time in effect: the learner's own, or the challenge's. */
    public LocalTime releaseTimeIn(Challenge definition) {
        return releaseTime.orElse(definition.releaseTime());
    }

    /** The local date day {@code day} is released on. */
    public LocalDate dateOf(int day) {
        return startDate.plusDays(shiftDays + day - 1L);
    }

    /** When day {@code day} is released in {@code zone}; a release time in a daylight-saving gap moves forward by the gap. */
    public Instant releaseOf(int day, Challenge definition, ZoneId zone) {
        return ZonedDateTime.of(dateOf(day), releaseTimeIn(definition), zone).toInstant();
    }

    /** How many days are due by {@code now} in {@code zone} (never fewer than already released). */
    public int dueBy(Instant now, Challenge definition, ZoneId zone) {
        int due = released;
        while (due < definition.days().size() && !releaseOf(due + 1, definition, zone).isAfter(now)) {
            due++;
        }
        return due;
    }

    /**
     * When released days close: the end of the local day that is {@code graceDays} after the last day. Never before
     * the last day's own release, whatever the grace.
     */
    public Instant archivedAt(Challenge definition, ZoneId zone) {
        return dateOf(definition.days().size()).plusDays(definition.graceDays() + 1L).atStartOfDay(zone).toInstant();
    }

    /** When the next day is due, given what was released: empty when all are out, paused, or left. */
    public Optional<Instant> nextReleaseIn(Challenge definition, ZoneId zone) {
        if (!isActive() || isPaused() || released >= definition.days().size()) {
            return Optional.empty();
        }
        return Optional.of(releaseOf(released + 1, definition, zone));
    }

    /** This record with the next release computed for the current zone, time and definition. */
    public ChallengeEnrollment rescheduled(Challenge definition, ZoneId zone) {
        return withNextRelease(nextReleaseIn(definition, zone));
    }

    public ChallengeEnrollment withNextRelease(Optional<Instant> next) {
        return new ChallengeEnrollment(learner, course, challenge, startDate, releaseTime, released, next, pausedOn,
                shiftDays, done, answers, catchUpSent, showName, joinedAt, leftAt, version);
    }

    public ChallengeEnrollment withReleased(int count) {
        return new ChallengeEnrollment(learner, course, challenge, startDate, releaseTime, count, nextRelease, pausedOn,
                shiftDays, done, answers, catchUpSent, showName, joinedAt, leftAt, version);
    }

    public ChallengeEnrollment withCatchUpSent(boolean sent) {
        return new ChallengeEnrollment(learner, course, challenge, startDate, releaseTime, released, nextRelease, pausedOn,
                shiftDays, done, answers, sent, showName, joinedAt, leftAt, version);
    }

    /** Day 1 on another local date; only before anything was released (a re-import moved a challenge not begun). */
    public ChallengeEnrollment withStartDate(LocalDate date) {
        if (released > 0) {
            throw new IllegalStateException("days of " + id() + " were released already");
        }
        return new ChallengeEnrollment(learner, course, challenge, date, releaseTime, released, nextRelease, pausedOn,
                shiftDays, done, answers, catchUpSent, showName, joinedAt, leftAt, version);
    }

    public ChallengeEnrollment withReleaseTime(Optional<LocalTime> time) {
        return new ChallengeEnrollment(learner, course, challenge, startDate, time, released, nextRelease, pausedOn,
                shiftDays, done, answers, catchUpSent, showName, joinedAt, leftAt, version);
    }

    public ChallengeEnrollment withShowName(boolean show) {
        return new ChallengeEnrollment(learner, course, challenge, startDate, releaseTime, released, nextRelease, pausedOn,
                shiftDays, done, answers, catchUpSent, show, joinedAt, leftAt, version);
    }

    /** Day {@code day} done at {@code now}, with the learner's answer if they gave one; done stays done. */
    public ChallengeEnrollment withDone(int day, Instant now, Optional<String> answer) {
        var doneNow = new TreeMap<>(done);
        doneNow.putIfAbsent(day, now);
        var answered = new TreeMap<>(answers);
        answer.ifPresent(text -> answered.put(day, text));
        return new ChallengeEnrollment(learner, course, challenge, startDate, releaseTime, released, nextRelease, pausedOn,
                shiftDays, doneNow, answered, catchUpSent, showName, joinedAt, leftAt, version);
    }

    /** Paused on local date {@code today}: nothing more is released until resumed. */
    public ChallengeEnrollment paused(LocalDate today) {
        return new ChallengeEnrollment(learner, course, challenge, startDate, releaseTime, released, Optional.empty(),
                Optional.of(today), shiftDays, done, answers, catchUpSent, showName, joinedAt, leftAt, version);
    }

    /** Resumed on local date {@code today}: the days still to come move on by the days paused. */
    public ChallengeEnrollment resumed(LocalDate today) {
        if (pausedOn.isEmpty()) {
            return this;
        }
        long paused = Math.max(0, ChronoUnit.DAYS.between(pausedOn.get(), today));
        return new ChallengeEnrollment(learner, course, challenge, startDate, releaseTime, released, nextRelease,
                Optional.empty(), Math.toIntExact(shiftDays + paused), done, answers, catchUpSent, showName, joinedAt, leftAt,
                version);
    }

    public ChallengeEnrollment left(Instant now) {
        return new ChallengeEnrollment(learner, course, challenge, startDate, releaseTime, released, Optional.empty(),
                pausedOn, shiftDays, done, answers, catchUpSent, showName, joinedAt, Optional.of(now), version);
    }

    /** Back after leaving: progress kept; a new start date for on-join challenges that had not begun. */
    public ChallengeEnrollment rejoined(Instant now) {
        return new ChallengeEnrollment(learner, course, challenge, startDate, releaseTime, released, nextRelease, pausedOn,
                shiftDays, done, answers, catchUpSent, showName, now, Optional.empty(), version);
    }

    /** The stored version after a successful write. */
    public ChallengeEnrollment nextVersion() {
        return new ChallengeEnrollment(learner, course, challenge, startDate, releaseTime, released, nextRelease, pausedOn,
                shiftDays, done, answers, catchUpSent, showName, joinedAt, leftAt, version + 1);
    }
}
