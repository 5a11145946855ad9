package app.paceline.bot.conversation;

import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Outbound;
import java.util.List;

/**
 * Whatever owns the buttons of one callback area ({@code <area>:<verb>[:<arg>]}): every {@link Conversation}, and
 * one-step commands whose message has buttons but that ask nothing further.
 */
public interface ButtonHandler {

    /** The first part of the callback data of this handler's buttons. */
    String buttonArea();

    /** A press on one of this handler's buttons; its data is untrusted and checked again here. */
    List<Outbound> onButton(Turn turn, Inbound.ButtonPress press);

    /**
     * Whether its buttons are also pressed in groups (where the turn has no learner, and anyone in the group may
     * press); false for buttons in private chats only, whose presses in a group are answered as expired.
     */
    default boolean worksInGroups() {
        return false;
    }
}
