package dev.storybrief.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The outlets storybrief knows by name, by the other names they are cited by, by their registered domains and by
 * the short names they use for themselves ("the Monitor"), read from {@code outlets.tsv}. An outlet not on the list
 * can still be read from a byline or a page; the list only names what a text or an address implies.
 */
public final class OutletNames {
    /** One outlet of the list. */
    public record Outlet(String name, List<String> aliases, List<String> domains, List<String> selfNames) {
    }

    private static final OutletNames DEFAULT = load();
    private final List<Outlet> outlets;

    private OutletNames(List<Outlet> outlets) {
        this.outlets = List.copyOf(outlets);
    }

    /** The bundled list. */
    public static OutletNames standard() {
        return DEFAULT;
    }

    /** Every outlet of the list. */
    public List<Outlet> outlets() {
        return outlets;
    }

    /**
     * The outlet of a host or URL's registered domain ("www.reuters.com", "https://uk.reuters.com/article/x" and
     * "reuters.com" are all Reuters), or empty when the domain is not on the list.
     */
    public Optional<String> byDomain(String hostOrUrl) {
        if (hostOrUrl == null) {
            return Optional.empty();
        }
        String host = hostOrUrl.toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("[/:?#].*$", "");
        for (Outlet o : outlets) {
            for (String d : o.domains()) {
                if (host.equals(d) || host.endsWith("." + d)) {
                    return Optional.of(o.name());
                }
            }
        }
        return Optional.empty();
    }

    /** The listed outlet a name or alias stands for ("Christian Science Monitor", "WSJ"), case-insensitive. */
    public Optional<String> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.strip().toLowerCase(Locale.ROOT);
        for (Outlet o : outlets) {
            if (o.name().toLowerCase(Locale.ROOT).equals(key)
                    || o.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(key))) {
                return Optional.of(o.name());
            }
        }
        return Optional.empty();
    }

    private static OutletNames load() {
        try (InputStream in = OutletNames.class.getResourceAsStream("outlets.tsv")) {
            if (in == null) {
                throw new IllegalStateException("outlets.tsv is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Outlet> outlets = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                outlets.add(new Outlet(f[0].strip(), list(f, 1), list(f, 2), list(f, 3)));
            }
            return new OutletNames(outlets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> list(String[] fields, int i) {
        if (i >= fields.length || fields[i].isBlank()) {
            return List.of();
        }
        return List.of(fields[i].strip().split("\\s*\\|\\s*"));
    }
}
