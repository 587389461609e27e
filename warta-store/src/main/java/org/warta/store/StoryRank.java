package org.warta.store;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * A story's rank: recency × independent outlets, {@code 2^(t / halfLife) · log2(1 + n)} where {@code t} is the time
 * of its last update and {@code n} its number of independent sources (outlets whose texts are not copies of each
 * other). The log of that product is computed, {@code t·ln2/halfLife + ln(log2(1+n))}, so the rank needs no "now":
 * the ordering of two stories never changes as time passes, and it equals the ordering of
 * {@code exponential decay of age × log2(1 + n)} at any present moment. The logarithm of the outlet count is the
 * usual damping of a raw count (as in tf-idf and in news aggregators' "coverage" signals), so one more outlet
 * matters most when there are few.
 */
final class StoryRank extends DoubleValuesSource {

    private final double perMilli;

    StoryRank(Duration halfLife) {
        this.perMilli = Math.log(2) / halfLife.toMillis();
    }

    static double rank(long timeMillis, long sources, Duration halfLife) {
        return timeMillis * (Math.log(2) / halfLife.toMillis()) + Math.log(log2(1 + Math.max(1, sources)));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
        NumericDocValues time = DocValues.getNumeric(ctx.reader(), Fields.RANK_TIME);
        NumericDocValues sources = DocValues.getNumeric(ctx.reader(), Fields.SOURCES);
        return new DoubleValues() {
            private double value;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                long t = time.advanceExact(doc) ? time.longValue() : 0;
                long n = sources.advanceExact(doc) ? sources.longValue() : 1;
                value = t * perMilli + Math.log(log2(1 + Math.max(1, n)));
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher reader) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return DocValues.isCacheable(ctx, Fields.RANK_TIME, Fields.SOURCES);
    }

    @Override
    public int hashCode() {
        return Objects.hash(StoryRank.class, perMilli);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof StoryRank other && other.perMilli == perMilli;
    }

    @Override
    public String toString() {
        return "story-rank(" + perMilli + ")";
    }
}
