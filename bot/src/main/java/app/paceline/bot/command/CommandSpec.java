package app.paceline.bot.command;

import app.paceline.bot.inbound.ChatKind;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a command is called, where it works, whether it is a creators' (or group admins') command, and the prompt key
 * of its one-line description; feeds {@code /help} and the command menu registered with Telegram.
 */
public record CommandSpec(String name, Set<ChatKind> chats, boolean forCreators) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,32}");

    public CommandSpec {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Telegram command names are 1-32 of a-z, 0-9 and _: " + name);
        }
        chats = Set.copyOf(Objects.requireNonNull(chats));
    }

    /** A command for everyone (learners first of all). */
    public CommandSpec(String name, Set<ChatKind> chats) {
        this(name, chats, false);
    }

    /** A command for course creators or group admins: private {@code /help} lists it apart from the learners' ones. */
    public static CommandSpec forCreators(String name, Set<ChatKind> chats) {
        return new CommandSpec(name, chats, true);
    }

    /** The prompt with this command's description, e.g. {@code command.timezone.description}. */
    public String descriptionKey() {
        return "command." + name + ".description";
    }

    public boolean worksIn(ChatKind kind) {
        return chats.contains(kind);
    }
}
