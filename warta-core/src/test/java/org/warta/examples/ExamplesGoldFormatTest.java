package org.warta.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks that {@code examples/gold.json} agrees with the article files of {@code examples/}: every path exists, every
 * article belongs to exactly one story, and every string the gold promises to find (body, quotes, only-in facts,
 * dates, disagreement evidence, entity names) is really in the article, while every boilerplate string is in the raw
 * page (so that asserting its absence from extracted text means something). It also pins the corpus's coverage
 * (articles, stories, outlets, languages, formats, gzip, a windows-1252 page, a syndicated copy).
 *
 * <p>The article is read as a reader of the raw file would: gunzipped if it ends in {@code .gz}, decoded with the
 * charset the gold declares (default UTF-8) and, for HTML, with character references unescaped.
 */
final class ExamplesGoldFormatTest {

    private static Path examples;
    private static JsonNode gold;
    /** Article path (relative to examples/) to its decoded, unescaped raw text. */
    private static final Map<String, String> RAW = new LinkedHashMap<>();
    /** Article path to story id. */
    private static final Map<String, String> STORY_OF = new HashMap<>();

    @BeforeAll
    static void load() throws IOException {
        String root = System.getProperty("warta.root");
        examples = root != null && !root.isBlank() ? Paths.get(root, "examples") : Paths.get("..", "examples");
        Path goldFile = examples.resolve("gold.json");
        assertThat(goldFile).as("gold file").isRegularFile();
        gold = new ObjectMapper().readTree(goldFile.toFile());
        for (JsonNode story : gold.path("stories")) {
            for (JsonNode article : story.path("articles")) {
                String previous = STORY_OF.put(article.asText(), story.path("id").asText());
                assertThat(previous).as("story of %s (listed twice)", article.asText()).isNull();
            }
        }
        for (String path : STORY_OF.keySet()) {
            Path file = examples.resolve(path);
            assertThat(file).as("article file %s", path).isRegularFile();
            RAW.put(path, readRaw(path, file));
        }
    }

    private static String readRaw(String path, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (path.endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = in.readAllBytes();
            }
        }
        String encoding = gold.path("articles").path(path).path("encoding").asText("UTF-8");
        String text = new String(bytes, Charset.forName(encoding));
        return isHtml(path) ? Parser.unescapeEntities(text, false) : text;
    }

    private static boolean isHtml(String path) {
        return path.endsWith(".html") || path.endsWith(".html.gz") || path.endsWith(".htm");
    }

    private static String story(String path) {
        assertThat(STORY_OF).as("story membership of %s", path).containsKey(path);
        return STORY_OF.get(path);
    }

    private static void assertContains(String path, String needle, String what) {
        assertThat(RAW).as("%s refers to unknown article %s", what, path).containsKey(path);
        assertThat(RAW.get(path)).as("%s in %s", what, path).contains(needle);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void everyArticleFileBelongsToExactlyOneStory() throws IOException {
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(examples)) {
            walk.filter(Files::isRegularFile)
                    .map(p -> examples.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".txt") || p.endsWith(".html") || p.endsWith(".gz"))
                    .forEach(onDisk::add);
        }
        assertThat(new TreeSet<>(STORY_OF.keySet())).isEqualTo(onDisk);
        assertThat(gold.path("articles").properties()).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrderElementsOf(STORY_OF.keySet());
    }

    @Test
    void coverageMatchesTheRequirement() {
        assertThat(RAW).as("articles").hasSizeGreaterThanOrEqualTo(12);
        assertThat(gold.path("stories").size()).as("stories").isGreaterThanOrEqualTo(3);
        Set<String> outlets = new HashSet<>();
        Set<String> languages = new HashSet<>();
        gold.path("articles").forEach(a -> {
            outlets.add(a.path("outlet").asText());
            languages.add(a.path("language").asText());
        });
        assertThat(outlets).as("outlets").hasSizeGreaterThanOrEqualTo(4);
        assertThat(languages).as("languages").contains("id", "en");
        assertThat(RAW.keySet()).as("html").anyMatch(ExamplesGoldFormatTest::isHtml);
        assertThat(RAW.keySet()).as("plain text").anyMatch(p -> p.endsWith(".txt") || p.endsWith(".txt.gz"));
        assertThat(RAW.keySet()).as("gzip").anyMatch(p -> p.endsWith(".gz"));
        assertThat(gold.path("duplicates").size()).as("syndicated copies").isGreaterThanOrEqualTo(1);
    }

    @Test
    void declaredEncodingsAreReal() throws IOException {
        for (var entry : gold.path("articles").properties()) {
            String encoding = entry.getValue().path("encoding").asText("UTF-8");
            byte[] bytes = Files.readAllBytes(examples.resolve(entry.getKey()));
            if (!"UTF-8".equalsIgnoreCase(encoding)) {
                // The bytes must not be valid UTF-8, and the page must declare its charset itself.
                var decoder = StandardCharsets.UTF_8.newDecoder();
                assertThat(canDecode(decoder, bytes)).as("%s is not UTF-8", entry.getKey()).isFalse();
                assertThat(RAW.get(entry.getKey()).toLowerCase(java.util.Locale.ROOT))
                        .as("charset declaration in %s", entry.getKey()).contains("charset=" + encoding.toLowerCase(java.util.Locale.ROOT));
            }
        }
    }

    private static boolean canDecode(java.nio.charset.CharsetDecoder decoder, byte[] bytes) {
        try {
            decoder.decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void headlinesArePresentAndPlainTextStartsWithIt() {
        assertThat(gold.path("headlines").properties()).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrderElementsOf(STORY_OF.keySet());
        for (var entry : gold.path("headlines").properties()) {
            String path = entry.getKey();
            String headline = entry.getValue().asText();
            assertContains(path, headline, "headline");
            if (!isHtml(path)) {
                assertThat(RAW.get(path).lines().findFirst().orElse("")).as("first line of %s", path).isEqualTo(headline);
            }
        }
    }

    @Test
    void publicationDatesAreVisibleInTheFile() {
        for (var entry : gold.path("articles").properties()) {
            String path = entry.getKey();
            String published = entry.getValue().path("published").asText();
            assertThat(published).as("published of %s", path).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}");
            if (isHtml(path)) {
                assertContains(path, published, "published timestamp");
            } else {
                String second = RAW.get(path).lines().skip(1).findFirst().orElse("");
                String year = published.substring(0, 4);
                String hhmm = published.substring(11, 16);
                assertThat(second).as("date line of %s", path).contains(year).contains(hhmm).contains("WIB");
            }
        }
    }

    @Test
    void bodyStringsOccurAndBoilerplateIsReallyThere() {
        for (var entry : gold.path("body").properties()) {
            story(entry.getKey());
            for (String s : texts(entry.getValue())) {
                assertContains(entry.getKey(), s, "body string");
            }
        }
        for (var entry : gold.path("boilerplate").properties()) {
            String path = entry.getKey();
            story(path);
            List<String> mustKeep = new ArrayList<>(texts(gold.path("body").path(path)));
            gold.path("quotes").forEach(q -> {
                if (q.path("article").asText().equals(path)) {
                    mustKeep.add(q.path("text_contains").asText());
                }
            });
            for (String s : texts(entry.getValue())) {
                assertContains(path, s, "boilerplate string");
                assertThat(mustKeep).as("boilerplate %s of %s inside a string that must be kept", s, path)
                        .noneMatch(k -> k.contains(s));
            }
        }
        assertThat(gold.path("body").properties()).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrderElementsOf(STORY_OF.keySet());
        assertThat(gold.path("boilerplate").properties()).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrderElementsOf(STORY_OF.keySet());
    }

    @Test
    void creditsAreNamedInTheFile() {
        for (var entry : gold.path("credits").properties()) {
            story(entry.getKey());
            for (String credit : texts(entry.getValue())) {
                assertContains(entry.getKey(), credit, "credit");
            }
        }
    }

    @Test
    void duplicatesPointToAnEarlierArticleOfTheSameStory() {
        for (JsonNode d : gold.path("duplicates")) {
            String copy = d.path("article").asText();
            String original = d.path("duplicate_of").asText();
            assertThat(story(copy)).as("story of copy %s", copy).isEqualTo(story(original));
            assertThat(copy).isNotEqualTo(original);
            String copyTime = gold.path("articles").path(copy).path("published").asText();
            String originalTime = gold.path("articles").path(original).path("published").asText();
            assertThat(java.time.OffsetDateTime.parse(originalTime))
                    .as("original %s published before copy %s", original, copy)
                    .isBefore(java.time.OffsetDateTime.parse(copyTime));
        }
    }

    @Test
    void quotesOccurWithinQuotationMarks() {
        assertThat(gold.path("quotes").size()).isGreaterThan(0);
        Pattern quoted = Pattern.compile("\"([^\"\\n]+)\"|\u201c([^\u201d]+)\u201d");
        for (JsonNode q : gold.path("quotes")) {
            String path = q.path("article").asText();
            String needle = q.path("text_contains").asText();
            story(path);
            assertThat(q.path("speaker").asText()).as("speaker of %s", needle).isNotBlank();
            assertThat(q.path("partial").isBoolean()).as("partial flag of %s", needle).isTrue();
            Matcher m = quoted.matcher(RAW.get(path));
            boolean found = false;
            while (m.find() && !found) {
                String inside = m.group(1) != null ? m.group(1) : m.group(2);
                found = inside.contains(needle);
            }
            assertThat(found).as("quote '%s' inside quotation marks in %s", needle, path).isTrue();
        }
    }

    @Test
    void datesOccurAndAreIsoValues() {
        Pattern iso = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?(/\\d{4}(-\\d{2}(-\\d{2})?)?)?");
        for (JsonNode d : gold.path("dates")) {
            String path = d.path("article").asText();
            String text = d.path("text").asText();
            assertContains(path, text, "date expression");
            String raw = RAW.get(path);
            assertThat(raw.indexOf(text)).as("date expression '%s' occurs once in %s", text, path)
                    .isEqualTo(raw.lastIndexOf(text));
            assertThat(d.path("value").asText()).as("value of %s", d.path("text").asText()).matches(iso);
        }
    }

    @Test
    void onlyInFactsOccurInTheirArticleOfTheirStory() {
        for (JsonNode o : gold.path("only_in")) {
            String path = o.path("article").asText();
            assertThat(story(path)).as("story of only-in fact in %s", path).isEqualTo(o.path("story").asText());
            assertContains(path, o.path("text_contains").asText(), "only-in fact");
            // Only in this article: no other article of the story says it in these words.
            STORY_OF.forEach((other, id) -> {
                if (!other.equals(path) && id.equals(o.path("story").asText())) {
                    assertThat(RAW.get(other)).as("only-in fact also in %s", other)
                            .doesNotContain(o.path("text_contains").asText());
                }
            });
        }
    }

    @Test
    void disagreementsHaveEvidenceInEachArticle() {
        for (JsonNode d : gold.path("disagreements")) {
            String storyId = d.path("story").asText();
            assertThat(d.path("variants").size()).as("variants of %s", d.path("subject").asText()).isGreaterThanOrEqualTo(2);
            Set<String> seen = new HashSet<>();
            Set<String> values = new HashSet<>();
            for (JsonNode v : d.path("variants")) {
                assertThat(values.add(v.path("value").asText())).as("distinct values").isTrue();
                List<String> articles = texts(v.path("articles"));
                assertThat(articles).isNotEmpty();
                assertThat(v.path("evidence").properties()).extracting(Map.Entry::getKey)
                        .containsExactlyInAnyOrderElementsOf(articles);
                for (String path : articles) {
                    assertThat(story(path)).isEqualTo(storyId);
                    assertThat(seen.add(path)).as("%s in two variants", path).isTrue();
                    assertContains(path, v.path("evidence").path(path).asText(), "disagreement evidence");
                }
            }
        }
    }

    @Test
    void entityNamesAndAliasesOccurInTheirStory() {
        for (JsonNode e : gold.path("entities")) {
            String storyId = e.path("story").asText();
            assertThat(e.path("type").asText()).isIn("PERSON", "ORGANIZATION", "LOCATION", "EVENT", "OTHER");
            List<String> names = new ArrayList<>(List.of(e.path("name").asText()));
            names.addAll(texts(e.path("aliases")));
            for (String name : names) {
                boolean found = STORY_OF.entrySet().stream()
                        .anyMatch(s -> s.getValue().equals(storyId) && RAW.get(s.getKey()).contains(name));
                assertThat(found).as("entity name '%s' in story %s", name, storyId).isTrue();
            }
        }
    }

    @Test
    void titleFormsOccurInTheirStory() {
        for (JsonNode t : gold.path("titles")) {
            String storyId = t.path("story").asText();
            assertThat(t.path("forms").size()).as("title forms").isGreaterThanOrEqualTo(2);
            for (String form : texts(t.path("forms"))) {
                boolean found = STORY_OF.entrySet().stream()
                        .anyMatch(s -> s.getValue().equals(storyId) && RAW.get(s.getKey()).contains(form));
                assertThat(found).as("title form '%s' in story %s", form, storyId).isTrue();
            }
        }
    }

    @Test
    void speakersAreEntitiesOfTheirStory() {
        Map<String, Set<String>> people = new HashMap<>();
        gold.path("entities").forEach(e -> {
            if ("PERSON".equals(e.path("type").asText())) {
                people.computeIfAbsent(e.path("story").asText(), k -> new HashSet<>()).add(e.path("name").asText());
            }
        });
        for (JsonNode q : gold.path("quotes")) {
            String storyId = story(q.path("article").asText());
            assertThat(people.getOrDefault(storyId, Set.of())).as("speakers of %s", storyId)
                    .contains(q.path("speaker").asText());
        }
    }
}
