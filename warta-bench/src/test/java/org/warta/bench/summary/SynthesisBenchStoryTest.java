package org.warta.bench.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.model.Article;
import org.warta.model.Story;
import org.warta.story.WartaStorySynthesizer;

/** The benchmark's 50-article story is a real story: rewrites share facts with their originals. No timing here. */
class SynthesisBenchStoryTest {

    @Test
    void fiftyArticleStoryHasCorroboratedSummary() throws Exception {
        var dir = SummaryFloorsTest.indosum();
        assumeTrue(Files.isRegularFile(dir.resolve("articles.jsonl.gz")), "IndoSum is not at " + dir);
        List<Article> story = SynthesisBenchCommand.story(SummaryEvaluation.read(dir), 50, 7L);
        assertThat(story).hasSize(50);
        assertThat(SynthesisBenchCommand.story(SummaryEvaluation.read(dir), 50, 7L)).isEqualTo(story);
        Story s = new WartaStorySynthesizer().synthesize("bench", story);
        assertThat(s.summary()).hasSize(5);
        assertThat(s.summary()).allSatisfy(x -> assertThat(x.articles()).hasSizeGreaterThan(1));
        assertThat(s.outlets()).hasSize(17);
    }
}
