package org.warta.bench.load;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.warta.model.Article;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Mention;
import org.warta.model.Moment;
import org.warta.model.Story;
import org.warta.model.StoryEntity;
import org.warta.model.SummarySentence;

/**
 * A generated news corpus, reproducible from a seed: stories of several articles from different outlets over a
 * month; each story has its own topic words and two named entities, each article adds words drawn from a
 * Zipf-distributed vocabulary of Indonesian-looking words (syllables), so term statistics look like news text.
 * Articles carry entities with correct mention offsets; stories are assembled directly (headline, first-sentence
 * summary, outlets, entities), so the store and the server are measured, not the synthesis.
 */
public final class SyntheticCorpus {

    private static final String[] SYLLABLES = ("ba be bi bu da de di du ka ke ki ku la le li lu ma me mi mu na ne ni "
            + "nu pa pe pi pu ra re ri ru sa se si su ta te ti tu ja ju ga gu ha ng ny").split(" ");
    private static final String[] FIRST = "Budi Siti Agus Dewi Rudi Rina Joko Ani Hadi Wati Eko Sri Bambang Yuni".split(" ");
    private static final String[] LAST = "Santoso Wijaya Rahman Pratama Hidayat Saputra Nugroho Lestari Kurniawan".split(" ");
    private static final String[] PLACES = "Jakarta Bandung Surabaya Medan Makassar Semarang Palembang Denpasar Ambon".split(" ");

    private final Random rnd;
    private final String[] vocabulary;
    private final double[] zipf;
    private final String[] outlets;
    private final int storySize;
    private int storyNo;

    /**
     * @param seed      reproducibility
     * @param vocab     vocabulary size (default 20,000)
     * @param outlets   number of outlets (default 40)
     * @param storySize articles per story (default 8)
     */
    public SyntheticCorpus(long seed, int vocab, int outlets, int storySize) {
        this.rnd = new Random(seed);
        this.vocabulary = new String[vocab];
        for (int i = 0; i < vocab; i++) {
            StringBuilder w = new StringBuilder();
            int syl = 2 + rnd.nextInt(3);
            for (int s = 0; s < syl; s++) {
                w.append(SYLLABLES[rnd.nextInt(SYLLABLES.length)]);
            }
            vocabulary[i] = w.toString();
        }
        this.zipf = new double[vocab];
        double sum = 0;
        for (int i = 0; i < vocab; i++) {
            sum += 1.0 / (i + 1);
            zipf[i] = sum;
        }
        for (int i = 0; i < vocab; i++) {
            zipf[i] /= sum;
        }
        this.outlets = new String[outlets];
        for (int i = 0; i < outlets; i++) {
            this.outlets[i] = "Kabar " + capital(vocabulary[vocab - 1 - i]);
        }
        this.storySize = storySize;
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private String word() {
        double u = rnd.nextDouble();
        int lo = 0;
        int hi = zipf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (zipf[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return vocabulary[lo];
    }

    /** Vocabulary words for queries: frequent and mid-frequency ones. */
    public String queryWord() {
        return vocabulary[10 + rnd.nextInt(Math.min(2_000, vocabulary.length - 10))];
    }

    /** The id of the {@code n}-th story (from 0) of any corpus: "s" and the id of its first article. */
    public static String storyId(int n) {
        return "s" + articleId(n, 0);
    }

    private static String articleId(int story, int k) {
        return String.format("g%07d%02d", story, k);
    }

    /** One story: its articles and the story record. */
    public record Batch(List<Article> articles, Story story) {
    }

    public Batch nextStory() {
        int n = storyNo++;
        String[] topic = new String[6];
        for (int i = 0; i < topic.length; i++) {
            topic[i] = vocabulary[200 + rnd.nextInt(vocabulary.length - 200)];
        }
        String person = FIRST[rnd.nextInt(FIRST.length)] + " " + LAST[rnd.nextInt(LAST.length)];
        String place = PLACES[rnd.nextInt(PLACES.length)];
        OffsetDateTime base = OffsetDateTime.of(LocalDateTime.of(2024, 6, 1, 6, 0), ZoneOffset.ofHours(7))
                .plusMinutes(rnd.nextInt(30 * 24 * 60));
        int size = 1 + rnd.nextInt(storySize * 2 - 1);
        List<Article> articles = new ArrayList<>(size);
        List<SummarySentence> summary = new ArrayList<>();
        List<String> outletNames = new ArrayList<>();
        for (int k = 0; k < size; k++) {
            String id = articleId(n, k);
            String outlet = outlets[rnd.nextInt(outlets.length)];
            StringBuilder text = new StringBuilder();
            List<Mention> personAt = new ArrayList<>();
            List<Mention> placeAt = new ArrayList<>();
            int sentences = 8 + rnd.nextInt(12);
            String first = "";
            for (int s = 0; s < sentences; s++) {
                int start = text.length();
                if (s % 4 == 0) {
                    personAt.add(new Mention(person, text.length(), text.length() + person.length()));
                    text.append(person).append(' ');
                }
                int words = 10 + rnd.nextInt(14);
                for (int w = 0; w < words; w++) {
                    text.append(rnd.nextInt(5) == 0 ? topic[rnd.nextInt(topic.length)] : word()).append(' ');
                }
                if (s % 5 == 1) {
                    text.append("di ");
                    placeAt.add(new Mention(place, text.length(), text.length() + place.length()));
                    text.append(place);
                } else {
                    text.setLength(text.length() - 1);
                }
                text.append(s % 6 == 5 ? ".\n\n" : ". ");
                if (s == 0) {
                    first = text.substring(start).strip();
                }
            }
            String title = capital(topic[0]) + " " + topic[1] + " " + word() + " di " + place + " " + person;
            OffsetDateTime at = base.plusMinutes(k * 37L + rnd.nextInt(30));
            List<Entity> ents = List.of(new Entity(person, EntityType.PERSON, personAt),
                    new Entity(place, EntityType.LOCATION, placeAt.isEmpty()
                            ? List.of() : placeAt));
            articles.add(new Article(id, "gen/" + id, title, text.toString().strip(), "id",
                    Optional.of("https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + id),
                    Optional.of(outlet), Optional.of(Moment.of(at)), Optional.empty(), Optional.empty(),
                    Optional.of(place), List.of(), List.of(), Optional.empty(), ents, List.of(), List.of()));
            if (summary.size() < 5) {
                summary.add(new SummarySentence(first, List.of(id)));
            }
            if (!outletNames.contains(outlet)) {
                outletNames.add(outlet);
            }
        }
        List<String> ids = articles.stream().map(Article::id).toList();
        Story story = new Story(storyId(n), articles.getFirst().title(), ids, summary, Optional.of("id"),
                Optional.of(base.toLocalDate().toString()), outletNames, OptionalInt.of(outletNames.size()),
                List.of(new StoryEntity(person, EntityType.PERSON, List.of(person.split(" ")[1]), ids),
                        new StoryEntity(place, EntityType.LOCATION, List.of(), ids)),
                List.of(), List.of(), List.of(), List.of(), List.of(),
                articles.getFirst().published(), articles.getLast().published(), List.of());
        return new Batch(articles, story);
    }
}
