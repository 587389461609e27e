package org.warta.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.warta.model.Article;
import org.warta.model.CopyLink;
import org.warta.model.Moment;

/**
 * Provenance from what the members carry: their credits (merged case-insensitively, the most credited first),
 * their {@code duplicateOf} links (copies), the number of independent texts (members that are not a copy of
 * another member, following chains of copies), the outlets, and the first report and last update.
 */
public final class ProvenanceBuilder {

    public Provenance build(List<Article> members) {
        Map<String, String> spelling = new LinkedHashMap<>();
        Map<String, Integer> count = new HashMap<>();
        Map<String, Integer> order = new HashMap<>();
        for (Article a : members) {
            Set<String> seen = new HashSet<>();
            for (String c : a.credits()) {
                String key = c.strip().toLowerCase(Locale.ROOT);
                if (key.isEmpty() || !seen.add(key)) {
                    continue;
                }
                spelling.putIfAbsent(key, c.strip());
                order.putIfAbsent(key, order.size());
                count.merge(key, 1, Integer::sum);
            }
        }
        List<String> credits = spelling.keySet().stream()
                .sorted(Comparator.comparingInt((String k) -> -count.get(k)).thenComparingInt(order::get))
                .map(spelling::get).toList();

        Map<String, Article> byId = new HashMap<>();
        for (Article a : members) {
            byId.put(a.id(), a);
        }
        List<CopyLink> copies = new ArrayList<>();
        Set<String> roots = new HashSet<>();
        for (Article a : members) {
            a.duplicateOf().filter(o -> !o.equals(a.id())).ifPresent(o -> copies.add(new CopyLink(a.id(), o)));
            roots.add(root(a, byId));
        }
        List<String> outlets = new ArrayList<>();
        Set<String> seenOutlets = new HashSet<>();
        List<Article> byTime = new ArrayList<>(members);
        byTime.sort(Comparator.comparing((Article a) -> a.published().map(Moment::approximateInstant)
                .orElse(java.time.Instant.MAX)));
        for (Article a : byTime) {
            a.outlet().map(String::strip).filter(o -> !o.isEmpty())
                    .filter(o -> seenOutlets.add(o.toLowerCase(Locale.ROOT))).ifPresent(outlets::add);
        }
        Optional<Moment> first = members.stream().flatMap(a -> a.published().stream()).min(Comparator.naturalOrder());
        Optional<Moment> last = members.stream()
                .flatMap(a -> java.util.stream.Stream.concat(a.published().stream(), a.modified().stream()))
                .max(Comparator.naturalOrder());
        return new Provenance(credits, copies,
                members.isEmpty() ? OptionalInt.empty() : OptionalInt.of(roots.size()), outlets, first, last);
    }

    /** The member a copy chain ends at (a copy of an article outside the story is its own root). */
    private static String root(Article a, Map<String, Article> byId) {
        Set<String> seen = new HashSet<>();
        Article cur = a;
        while (seen.add(cur.id())) {
            Optional<Article> next = cur.duplicateOf().map(byId::get);
            if (next.isEmpty()) {
                break;
            }
            cur = next.get();
        }
        return cur.id();
    }
}
