package org.warta.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warta.model.Article;
import org.warta.model.Story;

class SeedStoryTest {

    static List<Article> seeds;
    static Story story;

    @BeforeAll
    static void synthesize() throws Exception {
        seeds = SeedArticles.load();
        story = new WartaStorySynthesizer().synthesize("s1", seeds);
    }

    @Test
    void prints() {
        seeds.forEach(a -> System.out.println("=== " + a.id() + " | " + a.title() + "\n" + a.text()));
        System.out.println(story.headline());
        story.summary().forEach(s -> System.out.println("S " + s.articles() + " " + s.text()));
        story.onlyIn().forEach(s -> System.out.println("O " + s.article() + " " + s.text()));
        story.disagreements().forEach(s -> System.out.println("D " + s));
        System.out.println(story.credits() + " " + story.outlets() + " " + story.independentSources());
    }
}
