package app.paceline.bot.telegram;

import app.paceline.bot.command.UpdateRouter;
import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.outbound.Outbound;
import app.paceline.prompts.Prompts;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * One update, end to end: map it, route it, carry out the answers. Nothing a user sends can break the bot: a
 * handler that fails is logged with the update id, and the user gets a short apology instead of silence.
 */
public final class UpdateDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(UpdateDispatcher.class);

    private final UpdateMapper mapper;
    private final UpdateRouter router;
    private final TelegramResponder responder;
    private final TelegramConnection connection;
    private final Prompts prompts;

    public UpdateDispatcher(UpdateMapper mapper, UpdateRouter router, TelegramResponder responder,
                            TelegramConnection connection, Prompts prompts) {
        this.mapper = mapper;
        this.router = router;
        this.responder = responder;
        this.connection = connection;
        this.prompts = prompts;
    }

    public void dispatch(Update update) {
        Optional<Inbound> inbound;
        try {
            inbound = mapper.map(update, connection.botUsername().orElse(""));
        } catch (RuntimeException e) {
            LOG.error("Could not read update {}; skipped", update.getUpdateId(), e);
            return;
        }
        if (inbound.isEmpty()) {
            return;
        }
        List<Outbound> answers;
        try {
            answers = router.route(inbound.get());
        } catch (RuntimeException e) {
            LOG.error("Handling update {} failed; apologising to chat {}", update.getUpdateId(), inbound.get().chatId(), e);
            answers = apology(inbound.get());
        }
        try {
            responder.carryOut(answers);
        } catch (RuntimeException e) {
            LOG.error("Answering update {} failed", update.getUpdateId(), e);
        }
    }

    private List<Outbound> apology(Inbound inbound) {
        String text = prompts.render(prompts.localeFor(inbound.sender().languageCode()), "error.generic");
        if (inbound instanceof Inbound.ButtonPress press) {
            return List.of(new Outbound.AnswerPress(press.callbackId(), text));
        }
        return List.of(Outbound.Reply.of(inbound.chatId(), text));
    }
}
