package org.warta.nlp.ner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How the shipped Indonesian model is made, so {@code warta train ner} reproduces it: idner-news-2k train (tags
 * mapped by {@link BioTags}) with {@link PerceptronTagger.Params#defaults()} and the {@link WordClusters} of
 * {@link #clusters}. With the clusters NERGRIT as a second domain still lowers idner dev (0.766 vs 0.83). NERGRIT train can be added as a
 * second domain; on idner dev that scored lower (0.765 vs 0.811 F1) while it lifts NERGRIT valid with the NERGRIT
 * head (0.69 vs 0.38), so the shipped news model leaves it out. NERP is left out: it is lower-cased throughout, so
 * its capitalisation cues contradict the news text the tagger reads.
 */
public final class NerTraining {

    /** The news training file under the NER eval directory ({@code ../shared/eval/ner}). */
    public static final String NEWS_TRAIN = "idner-news-2k/train.txt";
    /** NERGRIT's training file, an optional second domain. */
    public static final String NERGRIT_TRAIN = "nergrit/train.txt";
    /** NERGRIT's domain name in the model. */
    public static final String NERGRIT_DOMAIN = "nergrit";

    private NerTraining() {
    }

    /** Reads the training sentences of every listed file that exists under {@code nerDir}. */
    public static List<ConllCorpus.Sentence> trainingData(Path nerDir, boolean withNergrit, List<String> domainsOut)
            throws IOException {
        List<String> files = withNergrit ? List.of(NEWS_TRAIN, NERGRIT_TRAIN) : List.of(NEWS_TRAIN);
        List<String> doms = List.of(PerceptronTagger.NEWS, NERGRIT_DOMAIN);
        List<ConllCorpus.Sentence> all = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String f = files.get(i);
            Path p = nerDir.resolve(f);
            if (!Files.isRegularFile(p)) {
                throw new IOException(p + ": training file not found");
            }
            List<ConllCorpus.Sentence> part = ConllCorpus.read(p);
            all.addAll(part);
            for (int k = 0; k < part.size(); k++) {
                domainsOut.add(doms.get(i));
            }
        }
        return all;
    }

    /**
     * Trains a model from {@code nerDir}: the shipped one uses idner-news-2k only ({@code withNergrit} false);
     * with NERGRIT it is added as a second domain (Daumé III 2007 feature augmentation).
     */
    public static PerceptronTagger train(Path nerDir, PerceptronTagger.Params params, boolean withNergrit,
            WordClusters clusters) throws IOException {
        List<String> domains = new ArrayList<>();
        List<ConllCorpus.Sentence> data = trainingData(nerDir, withNergrit, domains);
        return PerceptronTagger.train(data, domains, new NerFeatures(Gazetteer.standard(), clusters), params);
    }

    /**
     * The word clusters of the shipped model: {@link DistributionalClustering} with its defaults over the given
     * unlabelled sentences followed by the tokens of idner-news-2k train and NERGRIT train (labels unused).
     */
    public static WordClusters clusters(Path nerDir, List<List<String>> unlabelled) throws IOException {
        List<List<String>> all = new ArrayList<>(unlabelled);
        for (String f : List.of(NEWS_TRAIN, NERGRIT_TRAIN)) {
            Path p = nerDir.resolve(f);
            if (Files.isRegularFile(p)) {
                ConllCorpus.read(p).forEach(s -> all.add(s.tokens()));
            }
        }
        return DistributionalClustering.build(all, DistributionalClustering.Params.defaults());
    }

    /** Scores a recogniser on a CoNLL file (Indonesian), with the model's news domain. */
    public static ConllEval evaluate(EntityRecognizer recognizer, Path conllFile) throws IOException {
        return evaluate(recognizer, conllFile, PerceptronTagger.NEWS);
    }

    /** Scores a recogniser on a CoNLL file (Indonesian), with the given model domain. */
    public static ConllEval evaluate(EntityRecognizer recognizer, Path conllFile, String domain) throws IOException {
        ConllEval eval = new ConllEval();
        for (ConllCorpus.Sentence s : ConllCorpus.read(conllFile)) {
            eval.add(BioTags.chunks(s.tags()), recognizer.recognize(s.tokens(), "id", domain));
        }
        return eval;
    }
}
