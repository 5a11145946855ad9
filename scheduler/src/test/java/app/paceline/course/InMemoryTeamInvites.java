package app.paceline.course;

import app.paceline.learner.LearnerId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link TeamInvites} in a map, for use-case and handler tests. */
public final class InMemoryTeamInvites implements TeamInvites {

    private final Map<String, TeamInvite> invites = new ConcurrentHashMap<>();

    @Override
    public void add(TeamInvite invite) {
        invites.put(invite.token(), invite);
    }

    @Override
    public Optional<TeamInvite> find(String token) {
        return Optional.ofNullable(invites.get(token));
    }

    @Override
    public synchronized boolean use(String token, LearnerId user) {
        TeamInvite invite = invites.get(token);
        if (invite == null || invite.usedBy().isPresent()) {
            return false;
        }
        invites.put(token, new TeamInvite(invite.token(), invite.course(), invite.invitedBy(), invite.createdAt(),
                invite.expiresAt(), Optional.of(user)));
        return true;
    }
}
