package app.paceline.prompts;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The unparsed template files of one folder on the classpath: {@code <folder>/en.properties} (the base) and one
 * {@code <folder>/<language>.properties} per other language, read as UTF-8.
 */
record PromptCatalog(Locale baseLocale, Map<Locale, PromptFile> files) {

    /** The base language; its file must exist and defines the keys. */
    static final Locale BASE_LOCALE = Locale.ENGLISH;

    /** One locale's file: where it came from, its templates by key, and keys that appear more than once. */
    record PromptFile(Locale locale, String resource, Map<String, String> templates, List<String> duplicateKeys) {
        PromptFile {
            templates = Collections.unmodifiableMap(new TreeMap<>(templates));
            duplicateKeys = List.copyOf(duplicateKeys);
        }
    }

    PromptCatalog {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    PromptFile base() {
        return files.get(baseLocale);
    }

    /**
     * Reads every {@code <folder>/<two-letter language>.properties} the loader can see; the base file must exist.
     *
     * @throws IllegalStateException when the base file is missing or a file cannot be read as UTF-8
     */
    static PromptCatalog read(ClassLoader loader, String folder) {
        String prefix = folder.replaceAll("^/+|/+$", "");
        prefix = prefix.isEmpty() ? "" : prefix + "/";
        List<String> languages = new ArrayList<>(Arrays.asList(Locale.getISOLanguages()));
        Collections.sort(languages);
        languages.remove(BASE_LOCALE.getLanguage());
        languages.add(0, BASE_LOCALE.getLanguage());
        Map<Locale, PromptFile> files = new LinkedHashMap<>();
        for (String language : languages) {
            String resource = prefix + language + ".properties";
            URL url = loader.getResource(resource);
            if (url != null) {
                Locale locale = Locale.forLanguageTag(language);
                files.put(locale, readFile(locale, resource, url));
            }
        }
        if (!files.containsKey(BASE_LOCALE)) {
            throw new IllegalStateException("prompt catalog '" + folder + "' has no base file " + prefix
                    + BASE_LOCALE.getLanguage() + ".properties on the classpath");
        }
        return new PromptCatalog(BASE_LOCALE, files);
    }

    private static PromptFile readFile(Locale locale, String resource, URL url) {
        Map<String, String> templates = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        @SuppressWarnings("serial")
        Properties properties = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                String name = ((String) key).replace("\uFEFF", "");
                if (templates.put(name, (String) value) != null) {
                    duplicates.add(name);
                }
                return super.put(key, value);
            }
        };
        try (InputStream in = url.openStream();
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT))) {
            properties.load(reader);
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(resource + " is not valid UTF-8; save it with UTF-8 encoding", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
        return new PromptFile(locale, resource, templates, duplicates);
    }
}
