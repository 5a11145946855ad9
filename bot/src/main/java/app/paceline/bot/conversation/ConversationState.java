package app.paceline.bot.conversation;

import java.time.Instant;
import java.util.Objects;

/**
 * Where one user is in a multi-step flow in one chat. Stored, so that a restart or another instance continues it.
 *
 * @param flow  which conversation, e.g. {@code timezone}
 * @param step  the conversation's own state name
 * @param since   when the flow entered this step (UTC); a flow left alone long enough is forgotten
 * @param context what the step is about (e.g. which assignment is being booked), the flow's own short text
 */
public record ConversationState(long chatId, long userId, String flow, String step, Instant since, String context) {

    public ConversationState {
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(since, "since");
        context = context == null ? "" : context;
    }

    public ConversationState(long chatId, long userId, String flow, String step, Instant since) {
        this(chatId, userId, flow, step, since, "");
    }
}
