package app.paceline.learner;

import java.util.Optional;

/** All learners, by id. Saving replaces the stored learner as a whole (a single-document write). */
public interface Learners {

    Optional<Learner> find(LearnerId id);

    void save(Learner learner);
}
