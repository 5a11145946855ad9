package app.paceline.learner;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Understands the ways people name a time zone: an IANA id in any letter case ({@code europe/berlin}), a city that
 * names a zone ({@code New York}, {@code Kolkata}), a common city that does not ({@code San Francisco},
 * {@code Москва}), or a UTC offset ({@code +5:30}, {@code UTC-3}, {@code GMT+02:00}). Offsets become fixed
 * {@link ZoneOffset}s, which do not follow daylight saving.
 */
public final class TimeZoneInput {

    /** Longer input is not a time zone; refusing it early keeps hostile input cheap. */
    static final int MAX_LENGTH = 64;

    private static final Pattern OFFSET = Pattern.compile(
            "^(?:(?:utc|gmt|ut)\\s*)?([+\\-\u2212])\\s*(\\d{1,2})(?:(?::|\\.|h)?\\s*(\\d{2}))?$");
    private static final List<String> REGIONS = List.of(
            "Europe/", "America/", "Asia/", "Africa/", "Australia/", "Pacific/", "Atlantic/", "Indian/",
            "Antarctica/", "Arctic/");

    private final Map<String, ZoneId> byName;

    TimeZoneInput(Map<String, ZoneId> cityAliases) {
        Map<String, ZoneId> names = new HashMap<>();
        // Sorted so that the choice between two ids ending in the same city is the same on every run.
        for (String id : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
            ZoneId zone = ZoneId.of(id);
            names.putIfAbsent(normalize(id), zone);
            if (REGIONS.stream().anyMatch(id::startsWith)) {
                String city = id.substring(id.lastIndexOf('/') + 1);
                names.putIfAbsent(normalize(city), zone);
            }
        }
        cityAliases.forEach((name, zone) -> names.put(normalize(name), zone));
        this.byName = Map.copyOf(names);
    }

    /** The parser with the city list shipped in {@code city-zones.properties}. */
    public static TimeZoneInput standard() {
        Properties cities = new Properties();
        try (InputStream in = TimeZoneInput.class.getResourceAsStream("city-zones.properties")) {
            if (in == null) {
                throw new IllegalStateException("city-zones.properties is missing from the classpath");
            }
            cities.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, ZoneId> aliases = new HashMap<>();
        cities.forEach((city, zone) -> aliases.put(((String) city).replace('_', ' '), ZoneId.of((String) zone)));
        return new TimeZoneInput(aliases);
    }

    /** The zone the text names, or empty when it names none. Never throws on any input. */
    public Optional<ZoneId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String key = normalize(trimmed);
        if (key.equals("utc") || key.equals("gmt") || key.equals("z") || key.equals("ut")) {
            return Optional.of(ZoneOffset.UTC);
        }
        Matcher offset = OFFSET.matcher(key);
        if (offset.matches()) {
            return offsetOf(offset);
        }
        return Optional.ofNullable(byName.get(key));
    }

    private static Optional<ZoneId> offsetOf(Matcher offset) {
        int sign = offset.group(1).equals("+") ? 1 : -1;
        int hours = Integer.parseInt(offset.group(2));
        int minutes = offset.group(3) == null ? 0 : Integer.parseInt(offset.group(3));
        // Real offsets run from -12:00 to +14:00; anything else is a typo, not a place.
        if (hours > 14 || minutes >= 60 || (hours == 14 && minutes > 0) || (sign < 0 && hours > 12)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Lower case, no accents, single spaces, spaces and underscores alike ("São_Paulo" = "sao paulo"). */
    static String normalize(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replace('_', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
