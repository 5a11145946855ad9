package app.paceline.delivery;

import app.paceline.time.QuietHours;
import java.time.ZoneId;
import java.util.Optional;

/** Where the engine learns a recipient's time zone and quiet hours (from the learner's settings). */
public interface QuietTimes {

    /** Empty for groups and for learners who have not told us their zone. */
    Optional<LocalQuiet> of(Recipient recipient);

    /** A recipient's quiet hours in their zone. */
    record LocalQuiet(ZoneId zone, QuietHours hours) {
    }
}
