package app.paceline.bot.feed;

import app.paceline.calendar.FeedToken;
import java.net.URI;
import java.util.Objects;

/** Where a learner's feed is served: {@code <public URL>/calendar/<token>.ics}. */
public final class FeedLinks {

    /** The path under the public URL, with {@code {token}} in place of the token (the web adapter's mapping). */
    public static final String PATH = "/calendar/{token}.ics";

    private final String base;

    /** @param publicUrl the address calendar apps reach the application at (scheme, host, optional port and path) */
    public FeedLinks(URI publicUrl) {
        String url = Objects.requireNonNull(publicUrl, "publicUrl").toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public URI of(FeedToken token) {
        return URI.create(base + PATH.replace("{token}", token.value()));
    }
}
