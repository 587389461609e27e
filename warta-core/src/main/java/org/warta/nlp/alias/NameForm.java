package org.warta.nlp.alias;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.warta.model.EntityType;
import org.warta.nlp.ner.Gazetteer;

/**
 * One name form as {@link AliasResolver} compares it, worked out once: the form as written, its key and key words
 * ({@link NameForms#key}, {@link NameForms#words}), whether it is an acronym and the initials it has otherwise
 * ({@link NameForms#isAcronym}, {@link NameForms#initials}), the keys of the gazetteer's alias group it belongs to,
 * the canonical name that group gives it (absent for names the gazetteer lists as persons), and whether the
 * gazetteer lists it. Everything depends on the form and the gazetteer alone, so a form met again (the same name in
 * every article of a story, an article's names read again each time its story grows) need not be worked out again.
 *
 * @param form       the form as written (title already stripped)
 * @param key        its comparison key
 * @param words      the key's words
 * @param acronym    whether the form is an acronym
 * @param initials   the initials of its capitalised words (empty for an acronym: an acronym stands for no other)
 * @param knownKeys  keys of the names of its gazetteer alias group, canonical first (empty when it has none)
 * @param known      the alias group's canonical name, for a form that the gazetteer does not list as a person
 * @param listed     whether the gazetteer lists the form
 */
public record NameForm(String form, String key, List<String> words, boolean acronym, String initials,
                       List<String> knownKeys, Optional<String> known, boolean listed) {

    public NameForm {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(key, "key");
        words = List.copyOf(words);
        Objects.requireNonNull(initials, "initials");
        knownKeys = List.copyOf(knownKeys);
        Objects.requireNonNull(known, "known");
    }

    /** Works a form out against a gazetteer. */
    public static NameForm of(String form, Gazetteer gazetteer) {
        List<String> group = gazetteer.group(form);
        List<String> knownKeys = new ArrayList<>(group.size());
        for (String k : group) {
            knownKeys.add(NameForms.key(k));
        }
        Optional<Gazetteer.Entry> entry = gazetteer.lookup(form);
        boolean person = entry.map(e -> e.type() == EntityType.PERSON).orElse(false);
        boolean acronym = NameForms.isAcronym(form);
        return new NameForm(form, NameForms.key(form), NameForms.words(form), acronym,
                acronym ? "" : NameForms.initials(form), knownKeys,
                group.isEmpty() || person ? Optional.empty() : Optional.of(group.get(0)), entry.isPresent());
    }
}
