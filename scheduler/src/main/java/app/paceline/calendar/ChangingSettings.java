package app.paceline.calendar;

import app.paceline.learner.Learner;
import app.paceline.learner.LearnerId;
import app.paceline.learner.Learners;
import app.paceline.time.QuietHours;
import java.time.Duration;
import java.util.Optional;

/**
 * A learner's own settings: quiet hours (nudges wait them out; times they booked still ring) and how long before a
 * booked slot its reminder comes. Changing the lead plans every waiting reminder again, so it applies to times
 * booked before the change too. It lives with the calendar because the lead is about bookings.
 */
public final class ChangingSettings {

    private final Learners learners;
    private final BookingTime booking;

    public ChangingSettings(Learners learners, BookingTime booking) {
        this.learners = learners;
        this.booking = booking;
    }

    /** Stores the quiet hours; empty when the learner is unknown. */
    public Optional<Learner> quietHours(LearnerId id, QuietHours hours) {
        return learners.find(id).map(learner -> {
            Learner changed = learner.withQuietHours(hours);
            learners.save(changed);
            return changed;
        });
    }

    /**
     * Stores the reminder lead and moves the waiting reminders of future slots to it; empty (and nothing changed)
     * when the learner is unknown or the lead is not one of {@link Learner#REMINDER_LEADS}.
     */
    public Optional<Learner> reminderLead(LearnerId id, Duration lead) {
        if (!Learner.REMINDER_LEADS.contains(lead)) {
            return Optional.empty();
        }
        Optional<Learner> changed = learners.find(id).map(learner -> learner.withReminderLead(lead));
        changed.ifPresent(learner -> {
            learners.save(learner);
            booking.replanReminders(id);
        });
        return changed;
    }
}
