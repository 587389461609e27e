package org.warta.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warta.model.Article;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Mention;
import org.warta.model.StoryEntity;
import org.warta.nlp.alias.AliasResolver;
import org.warta.nlp.ner.Gazetteer;

class AliasTest {

    @Test
    void northKoreaFormsAreOneEntity() {
        AliasResolver r = new AliasResolver(Gazetteer.standard());
        var a = r.add("Korut", EntityType.LOCATION);
        var b = r.add("Korea Utara", EntityType.LOCATION);
        var c = r.add("DPRK", EntityType.ORGANIZATION);
        var d = r.add("Republik Demokratik Rakyat Korea", EntityType.LOCATION);
        assertThat(List.of(b, c, d)).allMatch(g -> g == a);
        assertThat(a.canonical()).isEqualTo("Korea Utara");
        assertThat(a.type()).isEqualTo(EntityType.LOCATION);
        assertThat(r.add("Korea Selatan", EntityType.LOCATION)).isNotSameAs(a);
    }

    @Test
    void personsShortFormsAndSpellings() {
        AliasResolver r = new AliasResolver(Gazetteer.standard());
        var kim = r.add("Kim Jong-un", EntityType.PERSON);
        var putin = r.add("Vladimir Putin", EntityType.PERSON);
        assertThat(r.add("Kim Jong Un", EntityType.PERSON)).isSameAs(kim);
        assertThat(r.add("Kim", EntityType.PERSON)).isSameAs(kim);
        assertThat(r.add("Putin", EntityType.PERSON)).isSameAs(putin);
        assertThat(putin.canonical()).isEqualTo("Vladimir Putin");
        assertThat(r.groups()).hasSize(2);
    }

    @Test
    void acronymOfAFullName() {
        AliasResolver r = new AliasResolver(Gazetteer.standard());
        var full = r.add("Badan Riset Nasional Kelautan", EntityType.ORGANIZATION);
        assertThat(r.add("BRNK", EntityType.ORGANIZATION)).isSameAs(full);
    }

    @Test
    void titlesAreNotPartOfTheName() {
        Article a = Article.of("t", "t", "t", "Presiden Rusia Vladimir Putin tiba di Pyongyang. "
                + "Presiden Putin disambut oleh pemimpin Korut Kim Jong Un. Kim tersenyum.").withLanguage("id");
        Article r = new WartaAnalyzer().analyze(a);
        Entity putin = r.entities().stream().filter(e -> e.name().equals("Vladimir Putin")).findFirst().orElseThrow();
        assertThat(putin.type()).isEqualTo(EntityType.PERSON);
        assertThat(putin.mentions()).extracting(Mention::text).containsExactly("Vladimir Putin", "Putin");
        Entity kim = r.entities().stream().filter(e -> e.name().equals("Kim Jong Un")).findFirst().orElseThrow();
        assertThat(kim.mentions()).extracting(Mention::text).containsExactly("Kim Jong Un", "Kim");
        assertThat(r.entities()).anyMatch(e -> e.name().equals("Korea Utara") && e.type() == EntityType.LOCATION);
        for (Entity e : r.entities()) {
            for (Mention m : e.mentions()) {
                assertThat(a.text().substring(m.start(), m.end())).isEqualTo(m.text());
            }
        }
    }

    @Test
    void storyEntitiesMergeAcrossArticles() {
        Article a = new Article("a", "a", "t", "x", "id", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty(),
                List.of(new Entity("Korut", EntityType.LOCATION, List.of(new Mention("Korut", 0, 5))),
                        new Entity("Kim", EntityType.PERSON, List.of(new Mention("Kim", 6, 9)))),
                List.of(), List.of());
        Article b = new Article("b", "b", "t", "x", "id", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty(),
                List.of(new Entity("Republik Demokratik Rakyat Korea", EntityType.LOCATION,
                                List.of(new Mention("Republik Demokratik Rakyat Korea", 0, 32),
                                        new Mention("DPRK", 33, 37))),
                        new Entity("Kim Jong-un", EntityType.PERSON, List.of(new Mention("Kim Jong-un", 40, 51)))),
                List.of(), List.of());
        List<StoryEntity> se = new StoryEntities().merge(List.of(a, b));
        StoryEntity nk = se.stream().filter(e -> e.name().equals("Korea Utara")).findFirst().orElseThrow();
        assertThat(nk.aliases()).contains("Korut", "DPRK", "Republik Demokratik Rakyat Korea");
        assertThat(nk.articles()).containsExactly("a", "b");
        StoryEntity kim = se.stream().filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow();
        assertThat(kim.name()).isEqualTo("Kim Jong-un");
        assertThat(kim.articles()).containsExactly("a", "b");
        assertThat(se).hasSize(2);
    }
}
