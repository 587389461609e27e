package org.warta.app.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warta.model.Article;
import org.warta.model.DateMention;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Mention;
import org.warta.model.Moment;
import org.warta.model.Quote;

class ContractJsonTest {

    private static Article sample() {
        Moment published = new Moment(LocalDate.of(2024, 6, 20), Optional.of(LocalTime.of(11, 33)),
                Optional.of(ZoneOffset.ofHours(7)));
        return new Article("abc", "x/a.txt", "Title", "Putin said \"yes\".", "en", Optional.empty(),
                Optional.of("Outlet"), Optional.of(published), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of("Reuters"), List.of(), Optional.of("def"),
                List.of(new Entity("Vladimir Putin", EntityType.PERSON, List.of(new Mention("Putin", 0, 5)))),
                List.of(new Quote("yes", Optional.of("Vladimir Putin"), 12, 15, false)),
                List.of(new DateMention("Rabu", "2024-06-19", 0, 4)));
    }

    @Test
    void writesSnakeCaseAndLeavesOutWhatIsAbsent() throws Exception {
        JsonNode n = ContractJson.mapper().readTree(ContractJson.compact(sample()));
        assertThat(n.get("duplicate_of").asText()).isEqualTo("def");
        assertThat(n.get("published").asText()).isEqualTo("2024-06-20T11:33:00+07:00");
        assertThat(n.has("url")).isFalse();
        assertThat(n.has("modified")).isFalse();
        assertThat(n.has("captions")).isFalse();
        assertThat(n.get("entities").get(0).get("type").asText()).isEqualTo("PERSON");
        assertThat(n.get("quotes").get(0).get("speaker").asText()).isEqualTo("Vladimir Putin");
        assertThat(n.get("quotes").get(0).get("partial").asBoolean()).isFalse();
    }

    @Test
    void readsBackWhatItWrites() {
        Article a = sample();
        assertThat(ContractJson.readArticle(ContractJson.compact(a))).isEqualTo(a);
    }

    @Test
    void minimalArticleGetsDefaults() {
        Article a = ContractJson.readArticle("{\"id\":\"1\",\"source\":\"s\",\"title\":\"t\",\"text\":\"x\"}");
        assertThat(a.language()).isEqualTo(Article.UNDETERMINED);
        assertThat(a.credits()).isEmpty();
    }

    @Test
    void badJsonIsOneClearLine() {
        assertThatThrownBy(() -> ContractJson.readArticle("{\"id\": 1,"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("malformed JSON");
        assertThatThrownBy(() -> ContractJson.readArticle("{\"id\":\"1\"}"))
                .hasMessage("article JSON lacks the string field 'source'");
        assertThatThrownBy(() -> ContractJson.readArticle(
                "{\"id\":\"1\",\"source\":\"s\",\"title\":\"t\",\"text\":\"x\",\"published\":\"yesterday\"}"))
                .hasMessageStartingWith("invalid article JSON");
    }
}
