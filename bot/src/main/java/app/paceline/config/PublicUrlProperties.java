package app.paceline.config;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where people and calendar apps reach this application from outside.
 *
 * @param publicUrl the application's public base URL ({@code PACELINE_PUBLIC_URL}): http(s), a host, optionally a
 *                  port and a path (behind a reverse proxy), no query; calendar feed links start with it
 */
@ConfigurationProperties("paceline")
public record PublicUrlProperties(String publicUrl) {

    static final String DEFAULT = "http://localhost:8080";

    public URI url() {
        return urlOf(publicUrl);
    }

    /** Parses the public base URL (without a trailing slash), or fails with one line saying what is wrong. */
    static URI urlOf(String configured) {
        String value = configured == null || configured.isBlank() ? DEFAULT : configured.strip();
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("PACELINE_PUBLIC_URL is not a URL: " + value);
        }
        boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
        if (!http || uri.getHost() == null) {
            throw new InvalidSettingException("PACELINE_PUBLIC_URL must be an http(s) URL with a host, the address "
                    + "calendar apps reach Paceline at, e.g. https://paceline.example.org; was: " + value);
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidSettingException("PACELINE_PUBLIC_URL must not contain a user name or password");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new InvalidSettingException("PACELINE_PUBLIC_URL must not have a query (?) or fragment (#); was: " + value);
        }
        return value.endsWith("/") ? URI.create(value.substring(0, value.length() - 1)) : uri;
    }
}
