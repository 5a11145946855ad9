package app.paceline.bot.telegram;

import app.paceline.bot.inbound.Attachments;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Downloads files users send, from the configured Bot API server. TelegramBots' own download always goes to
 * api.telegram.org (telegram.md), which would break a self-hosted or fake server, so the URL is built here from
 * {@code TELEGRAM_API_URL}. Never reads more than the limit it is given, whatever the file claims to be.
 */
public final class TelegramFiles implements Attachments {

    private final TelegramClient client;
    private final OkHttpClient http;
    private final URI api;
    private final BotToken token;

    public TelegramFiles(TelegramClient client, OkHttpClient http, URI api, BotToken token) {
        this.client = client;
        this.http = http;
        this.api = api;
        this.token = token;
    }

    @Override
    public Fetched fetch(String fileId, int maxBytes) {
        File file;
        try {
            file = client.execute(GetFile.builder().fileId(fileId).build());
        } catch (TelegramApiException e) {
            return new Failed(token.redact(String.valueOf(e.getMessage())));
        }
        if (file.getFileSize() != null && file.getFileSize() > maxBytes) {
            return new TooLarge(maxBytes);
        }
        String path = Optional.ofNullable(file.getFilePath()).orElse("");
        String base = api.toString().replaceAll("/+$", "");
        Request request = new Request.Builder().url(base + "/file/bot" + token.value() + "/" + path).get().build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful() || response.body() == null) {
                return new Failed("HTTP " + response.code());
            }
            try (InputStream in = response.body().byteStream()) {
                byte[] bytes = in.readNBytes(maxBytes + 1);
                return bytes.length > maxBytes ? new TooLarge(maxBytes) : new Content(bytes);
            }
        } catch (IOException e) {
            return new Failed(token.redact(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }
}
