package app.paceline.bot.command;

import app.paceline.bot.inbound.Turn;
import java.util.List;

/**
 * A {@code /start <payload>} link that is not a course's join link, such as a co-creator invite: {@link StartCommand}
 * asks each one before treating the payload as a course code.
 */
public interface DeepLink {

    /** Whether the payload is this kind of link (by its prefix; whether it is still valid is decided when opened). */
    boolean opens(String payload);

    /** Opens it, in a private chat, for the learner writing. */
    List<app.paceline.bot.outbound.Outbound> open(Turn turn, String payload);
}
