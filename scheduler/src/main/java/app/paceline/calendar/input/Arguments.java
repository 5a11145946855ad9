package app.paceline.calendar.input;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Keeps prompt arguments exactly as declared, because the prompt renderer refuses missing and extra ones. */
final class Arguments {

    private Arguments() {
    }

    /** The given arguments in the declared order; throws when one is missing, extra or null (a bug here, not input). */
    static Map<String, Object> exactly(String code, List<String> names, Map<String, Object> given) {
        Objects.requireNonNull(given, "arguments");
        if (!given.keySet().equals(Set.copyOf(names))) {
            throw new IllegalArgumentException(code + " takes " + names + ", not " + given.keySet());
        }
        var ordered = new LinkedHashMap<String, Object>();
        for (String name : names) {
            ordered.put(name, Objects.requireNonNull(given.get(name), name));
        }
        return Collections.unmodifiableMap(ordered);
    }
}
