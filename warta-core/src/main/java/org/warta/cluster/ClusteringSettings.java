package org.warta.cluster;

import java.io.Serializable;
import java.time.Duration;

/**
 * Every tunable of {@link OnlineStoryClusterer}, typed and with a documented default ({@link #defaults()}).
 *
 * <p>An article joins its best candidate story when the join score
 * {@code z = title·cosTitle + body·cosBody + names·cosNames + numbers·cosNumbers + time·(timeSim - 0.5)
 * + sizeBonus·ln(min(size, 16)) + shortTextBonus·max(0, 1 - terms / shortTextTerms) - threshold}
 * (for an article in another language than the story's, see {@code crossLingualThreshold}) is at least 0; otherwise it opens a new story. {@code timeSim =
 * exp(-d / timeScaleDays)} where d is the distance in days from the article's publication to the mean publication
 * time of the story's dated articles (Miranda et al. use such timestamp features); the time term is left out when
 * either side has no date. The mean, not the story's range, and the size term that stops growing at 16 articles keep
 * a long-running, growing story from absorbing everything published while it lives. The size term lowers the bar for large stories,
 * whose centroids are broader and so less similar to any one member — the decision is a linear model over the
 * features, not one fixed similarity threshold (Miranda et al. 2018 learn such a model; these weights were tuned on
 * the ECB+ development set, see {@code warta eval clustering}).
 *
 * @param titleWeight           weight of the headline cosine; default 0.25
 * @param bodyWeight            weight of the body cosine; default 0.25
 * @param namesWeight           weight of the proper-noun cosine; default 0.40
 * @param numbersWeight         weight of the numbers-and-dates cosine; default 0.10
 * @param timeWeight            weight of the time proximity (both dates known); default 0.20
 * @param timeScaleDays         days over which time proximity decays by 1/e; default 3
 * @param sizeBonus             how much each e-fold of story size lowers the bar; default 0.02
 * @param shortTextBonus        how much lower the bar is for an article with no body terms, shrinking linearly to 0
 *                              at {@code shortTextTerms}: a short text shares fewer terms with any centroid, so its
 *                              cosines are lower for the same evidence; default 0.05
 * @param shortTextTerms        distinct title + body terms from which a text counts as long; default 100
 * @param threshold             bias of the join decision; default 0.23
 * @param crossLingualThreshold bias of the join decision for an article in a language none of the story's articles
 *                              is in: then only names and numbers are comparable, and the score is
 *                              {@code (names·cosNames + numbers·cosNumbers) / (names + numbers)} plus the time, size
 *                              and short-text terms; default 0.30
 * @param quietWindow           a story with no article for this long (publication time) is retired; default 4 days
 * @param maxStoryDuration      a story whose first article is older than this (publication time) takes no more
 *                              articles and is retired: an event's coverage does not run for weeks, and a story that
 *                              does is absorbing recurring text (page boilerplate, agenda items); default 10 days
 * @param articleTerms          terms kept per article and field (heaviest TF-IDF first); default 60
 * @param centroidTerms         terms kept per story centroid and field; default 80
 * @param indexTerms            heaviest centroid terms per field that index a story; default 8
 * @param queryTerms            heaviest article terms per field looked up in the index; default 10
 * @param maxPostings           a term indexing more live stories than this is too common to look up; default 1,000
 * @param maxCandidates         candidate stories scored in full per article; default 24
 * @param documentHalfLife      the online document frequencies are halved (counts and document total, integer
 *                              division; terms whose count reaches 0 are forgotten) whenever they have counted twice
 *                              this many documents, so IDF follows the recent stream and the vocabulary held stays
 *                              bounded on a real stream whose vocabulary keeps growing (new names, numbers, typos;
 *                              Heaps' law) instead of growing with every article; 0 never forgets; default 100,000
 */
public record ClusteringSettings(
        double titleWeight,
        double bodyWeight,
        double namesWeight,
        double numbersWeight,
        double timeWeight,
        double timeScaleDays,
        double sizeBonus,
        double shortTextBonus,
        int shortTextTerms,
        double threshold,
        double crossLingualThreshold,
        Duration quietWindow,
        Duration maxStoryDuration,
        int articleTerms,
        int centroidTerms,
        int indexTerms,
        int queryTerms,
        int maxPostings,
        int maxCandidates,
        int documentHalfLife) implements Serializable {

    /** Stories larger than this get no further size bonus. */
    public static final int SIZE_BONUS_CAP = 16;

    public ClusteringSettings {
        if (shortTextTerms < 1) {
            throw new IllegalArgumentException("shortTextTerms must be positive");
        }
        if (timeScaleDays <= 0) {
            throw new IllegalArgumentException("timeScaleDays must be positive");
        }
        if (quietWindow.isNegative() || quietWindow.isZero()) {
            throw new IllegalArgumentException("quietWindow must be positive");
        }
        if (maxStoryDuration.compareTo(quietWindow) < 0) {
            throw new IllegalArgumentException("maxStoryDuration must be at least quietWindow");
        }
        if (articleTerms < 1 || centroidTerms < 1 || indexTerms < 1 || queryTerms < 1 || maxPostings < 1
                || maxCandidates < 1) {
            throw new IllegalArgumentException("term and candidate limits must be positive");
        }
        if (documentHalfLife < 0) {
            throw new IllegalArgumentException("documentHalfLife must be 0 (never) or positive");
        }
    }

    public static ClusteringSettings defaults() {
        return new ClusteringSettings(0.25, 0.25, 0.40, 0.10, 0.20, 3.0, 0.02, 0.05, 100, 0.23, 0.30, Duration.ofDays(4), Duration.ofDays(10),
                60, 80, 8, 10, 1000, 24, 100_000);
    }

    public ClusteringSettings withThreshold(double t) {
        return new ClusteringSettings(titleWeight, bodyWeight, namesWeight, numbersWeight, timeWeight, timeScaleDays,
                sizeBonus, shortTextBonus, shortTextTerms, t, crossLingualThreshold, quietWindow, maxStoryDuration, articleTerms, centroidTerms, indexTerms, queryTerms, maxPostings,
                maxCandidates, documentHalfLife);
    }

    public ClusteringSettings withWeights(double title, double body, double names, double numbers, double size) {
        return new ClusteringSettings(title, body, names, numbers, timeWeight, timeScaleDays, size, shortTextBonus, shortTextTerms, threshold,
                crossLingualThreshold, quietWindow, maxStoryDuration, articleTerms, centroidTerms, indexTerms, queryTerms, maxPostings, maxCandidates, documentHalfLife);
    }

    public ClusteringSettings withShortText(double bonus, int terms) {
        return new ClusteringSettings(titleWeight, bodyWeight, namesWeight, numbersWeight, timeWeight, timeScaleDays,
                sizeBonus, bonus, terms, threshold, crossLingualThreshold, quietWindow, maxStoryDuration, articleTerms, centroidTerms, indexTerms, queryTerms,
                maxPostings, maxCandidates, documentHalfLife);
    }

    public ClusteringSettings withCrossLingualThreshold(double t) {
        return new ClusteringSettings(titleWeight, bodyWeight, namesWeight, numbersWeight, timeWeight, timeScaleDays,
                sizeBonus, shortTextBonus, shortTextTerms, threshold, t, quietWindow, maxStoryDuration, articleTerms, centroidTerms,
                indexTerms, queryTerms, maxPostings, maxCandidates, documentHalfLife);
    }

    public ClusteringSettings withQuietWindow(Duration window) {
        return new ClusteringSettings(titleWeight, bodyWeight, namesWeight, numbersWeight, timeWeight, timeScaleDays,
                sizeBonus, shortTextBonus, shortTextTerms, threshold, crossLingualThreshold, window,
                window.compareTo(maxStoryDuration) > 0 ? window : maxStoryDuration, articleTerms, centroidTerms, indexTerms, queryTerms, maxPostings,
                maxCandidates, documentHalfLife);
    }
}
