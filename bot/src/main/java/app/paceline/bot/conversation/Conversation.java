package app.paceline.bot.conversation;

import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Outbound;
import java.util.List;
import java.util.Optional;

/**
 * A multi-step flow: the router hands it the text of users who are in it and the presses on its buttons. Each
 * flow is a state machine over its own steps, stored as a {@link ConversationState}, with a {@code .mmd} diagram.
 */
public interface Conversation extends ButtonHandler {

    /** The flow's name in {@link ConversationState#flow()}. */
    String flow();

    /** A user in this flow wrote {@code text}. */
    List<Outbound> onText(Turn turn, ConversationState state, String text);

    /**
     * Text from a user in no flow that this flow still recognises, e.g. a tap on a suggested answer that stayed on
     * the keyboard after the flow ended. Empty when it does not.
     */
    default Optional<List<Outbound>> onStrayText(Turn turn, String text) {
        return Optional.empty();
    }
}
