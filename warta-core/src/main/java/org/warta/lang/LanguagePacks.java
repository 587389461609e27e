package org.warta.lang;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The installed language packs, found with {@link ServiceLoader}. */
public final class LanguagePacks {

    private static final Map<String, LanguagePack> PACKS = load();

    private LanguagePacks() {
    }

    private static Map<String, LanguagePack> load() {
        Map<String, LanguagePack> m = new TreeMap<>();
        for (LanguagePack p : ServiceLoader.load(LanguagePack.class, LanguagePack.class.getClassLoader())) {
            m.put(p.code(), p);
        }
        return Map.copyOf(m);
    }

    /** The pack for a code, if installed. */
    public static Optional<LanguagePack> forCode(String code) {
        return Optional.ofNullable(PACKS.get(code));
    }

    /** The pack for a code, or the generic pack (no stemming, no lists) for languages without one. */
    public static LanguagePack forCodeOrGeneric(String code) {
        return forCode(code).orElseGet(() -> new GenericLanguage(code));
    }

    public static Collection<LanguagePack> all() {
        return PACKS.values();
    }
}
