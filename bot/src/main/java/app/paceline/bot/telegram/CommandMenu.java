package app.paceline.bot.telegram;

import app.paceline.bot.command.CommandSpec;
import app.paceline.bot.inbound.ChatKind;
import app.paceline.prompts.Prompts;
import java.util.List;
import java.util.Locale;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScope;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllGroupChats;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllPrivateChats;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Registers the command menu Telegram shows next to the message field, per chat kind and per language: the
 * base locale as the default, every other locale for users whose client speaks it.
 */
public final class CommandMenu {

    private final List<CommandSpec> catalog;
    private final Prompts prompts;

    public CommandMenu(List<CommandSpec> catalog, Prompts prompts) {
        this.catalog = List.copyOf(catalog);
        this.prompts = prompts;
    }

    void register(TelegramClient client) throws TelegramApiException {
        for (Locale locale : prompts.locales()) {
            String language = locale.equals(prompts.baseLocale()) ? null : locale.getLanguage();
            client.execute(menu(ChatKind.PRIVATE, new BotCommandScopeAllPrivateChats(), locale, language));
            client.execute(menu(ChatKind.GROUP, new BotCommandScopeAllGroupChats(), locale, language));
        }
    }

    SetMyCommands menu(ChatKind kind, BotCommandScope scope, Locale locale, String language) {
        List<BotCommand> commands = catalog.stream()
                .filter(spec -> spec.worksIn(kind))
                .map(spec -> new BotCommand(spec.name(), prompts.render(locale, spec.descriptionKey())))
                .toList();
        return SetMyCommands.builder().commands(commands).scope(scope).languageCode(language).build();
    }
}
