package app.paceline.session;

import app.paceline.learner.Learner;
import app.paceline.learner.LearnerId;
import app.paceline.learner.Learners;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A learner turns one of the nudges before live sessions on or off ({@link Learner#SESSION_LEADS}); the nudges of
 * every coming occurrence of their courses follow at once.
 */
public final class ChangingSessionLeads {

    private final Learners learners;
    private final SessionNudges nudges;

    public ChangingSessionLeads(Learners learners, SessionNudges nudges) {
        this.learners = learners;
        this.nudges = nudges;
    }

    /** Turns {@code lead} on when it is off and off when it is on; empty (nothing changed) for a lead not offered. */
    public Optional<Learner> toggle(LearnerId id, Duration lead) {
        if (!Learner.SESSION_LEADS.contains(lead)) {
            return Optional.empty();
        }
        return learners.find(id).map(learner -> {
            List<Duration> leads = new ArrayList<>(learner.sessionLeads());
            if (!leads.remove(lead)) {
                leads.add(lead);
            }
            Learner changed = learner.withSessionLeads(leads);
            learners.save(changed);
            nudges.refreshLearner(id);
            return changed;
        });
    }
}
