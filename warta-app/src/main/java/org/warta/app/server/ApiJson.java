package org.warta.app.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warta.app.json.ContractJson;
import org.warta.store.ArticleSummary;
import org.warta.model.Story;
import org.warta.store.EntityProfile;
import org.warta.store.SearchResults;
import org.warta.store.Snippet;
import org.warta.store.StoryPage;

/** The API's JSON shapes beyond the contract's records (documented in {@code /openapi.json} and docs/api.md). */
final class ApiJson {

    private ApiJson() {
    }

    static String error(int status, String message) {
        Map<String, Object> err = new LinkedHashMap<>();
        err.put("status", status);
        err.put("message", message);
        return ContractJson.compact(Map.of("error", err));
    }

    /** An article without its text and analysis: what a list of hits shows. */
    static Map<String, Object> brief(ArticleSummary a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("title", a.title());
        m.put("language", a.language());
        a.url().ifPresent(u -> m.put("url", u));
        a.outlet().ifPresent(o -> m.put("outlet", o));
        a.published().ifPresent(p -> m.put("published", p.toString()));
        return m;
    }

    /** A story's list entry: id, headline, size, coverage and times. */
    static Map<String, Object> brief(Story s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("headline", s.headline());
        m.put("articles", s.articles().size());
        s.language().ifPresent(l -> m.put("language", l));
        s.eventDate().ifPresent(d -> m.put("event_date", d));
        if (!s.outlets().isEmpty()) {
            m.put("outlets", s.outlets());
        }
        s.independentSources().ifPresent(n -> m.put("independent_sources", n));
        s.firstReport().ifPresent(t -> m.put("first_report", t.toString()));
        s.lastUpdate().ifPresent(t -> m.put("last_update", t.toString()));
        return m;
    }

    static String stories(StoryPage page, int offset, int limit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", page.total());
        m.put("offset", offset);
        m.put("limit", limit);
        m.put("stories", page.stories());
        return ContractJson.compact(m);
    }

    static String search(SearchResults r, int offset, int limit) {
        List<Object> hits = new ArrayList<>();
        for (SearchResults.SearchHit h : r.hits()) {
            Map<String, Object> hit = new LinkedHashMap<>();
            hit.put("article", brief(h.article()));
            hit.put("score", h.score());
            List<Object> snippets = new ArrayList<>();
            for (Snippet s : h.snippets()) {
                Map<String, Object> sn = new LinkedHashMap<>();
                sn.put("field", s.field());
                sn.put("text", s.text());
                List<int[]> ranges = new ArrayList<>();
                s.highlights().forEach(x -> ranges.add(new int[] {x.start(), x.end()}));
                sn.put("highlights", ranges);
                snippets.add(sn);
            }
            hit.put("snippets", snippets);
            hits.add(hit);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", r.total());
        m.put("offset", offset);
        m.put("limit", limit);
        m.put("hits", hits);
        return ContractJson.compact(m);
    }

    static String entity(EntityProfile p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        p.type().ifPresent(t -> m.put("type", t.name()));
        m.put("aliases", p.aliases());
        m.put("story_count", p.storyCount());
        m.put("article_count", p.articleCount());
        m.put("stories", p.stories().stream().map(ApiJson::brief).toList());
        return ContractJson.compact(m);
    }
}
