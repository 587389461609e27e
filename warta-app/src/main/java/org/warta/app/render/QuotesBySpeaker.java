package org.warta.app.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warta.model.StoryQuote;

/** A story's quotes grouped by speaker, speakers in order of their first quote; unattributed ones under one label. */
final class QuotesBySpeaker {

    /** The label of quotes without a speaker. */
    static final String UNATTRIBUTED = "(unattributed)";

    private QuotesBySpeaker() {
    }

    static Map<String, List<StoryQuote>> of(List<StoryQuote> quotes) {
        Map<String, List<StoryQuote>> bySpeaker = new LinkedHashMap<>();
        for (StoryQuote q : quotes) {
            bySpeaker.computeIfAbsent(q.speaker().orElse(UNATTRIBUTED), k -> new ArrayList<>()).add(q);
        }
        return bySpeaker;
    }
}
