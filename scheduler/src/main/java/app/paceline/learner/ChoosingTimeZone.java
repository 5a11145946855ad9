package app.paceline.learner;

import java.time.Clock;
import java.util.Objects;

/** Stores the time zone a learner names, if it is one; bad input changes nothing. */
public final class ChoosingTimeZone {

    private final Learners learners;
    private final TimeZoneInput input;
    private final Clock clock;

    public ChoosingTimeZone(Learners learners, TimeZoneInput input, Clock clock) {
        this.learners = Objects.requireNonNull(learners);
        this.input = Objects.requireNonNull(input);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * @param learner the learner, already registered
     * @param text    what they typed: an IANA id, a city, or a UTC offset
     */
    public TimeZoneChoice choose(Learner learner, String text) {
        var parsed = input.parse(text);
        if (parsed.isEmpty()) {
            return new TimeZoneChoice.NotUnderstood(text == null ? "" : text.strip());
        }
        Learner updated = learner.withTimeZone(parsed.get());
        learners.save(updated);
        return new TimeZoneChoice.Chosen(parsed.get(), clock.instant().atZone(parsed.get()), updated.hasFixedOffset());
    }
}
