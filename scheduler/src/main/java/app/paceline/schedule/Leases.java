package app.paceline.schedule;

import java.time.Instant;
import java.util.Optional;

/**
 * Named leases kept in the store, so that several instances of Paceline agree on who does something (the
 * metronome's work) without a cluster of their own: whoever holds a lease renews it; when its holder stops renewing
 * (it crashed, or lost the store), the lease runs out and another instance takes it.
 */
public interface Leases {

    /**
     * Takes or renews lease {@code name} for {@code holder} until {@code until}: granted when nobody holds it, when
     * its holder's time ran out before {@code now}, or when {@code holder} already holds it. Atomic: of several
     * instances asking at once, one gets it.
     *
     * @return empty when someone else holds it; otherwise the grant, naming the holder it was taken from when that
     *         was another one whose time ran out
     */
    Optional<Grant> take(String name, String holder, Instant now, Instant until);

    /** Gives lease {@code name} up if {@code holder} holds it, so that another instance may take it at once. */
    void giveUp(String name, String holder);

    /** Who holds lease {@code name} and until when, if anyone ever took it. */
    Optional<Holding> holding(String name);

    /** A granted lease; {@code takenFrom} is the previous holder when it was another one whose time ran out. */
    record Grant(Optional<String> takenFrom) {
    }

    record Holding(String holder, Instant until) {
    }
}
