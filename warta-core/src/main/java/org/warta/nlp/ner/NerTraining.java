package org.warta.nlp.ner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How the shipped Indonesian model is made, so {@code warta train ner} reproduces it: the training parts of
 * idner-news-2k and NERGRIT (their tag sets mapped by {@link BioTags}), in that order, trained with
 * {@link PerceptronTagger.Params#defaults()}. NERP is left out: it is lower-cased throughout, so its capitalisation
 * cues contradict the news text the tagger reads.
 */
public final class NerTraining {

    /** Training files under the NER eval directory ({@code ../shared/eval/ner}). */
    public static final List<String> TRAIN_FILES = List.of("idner-news-2k/train.txt", "nergrit/train.txt");

    private NerTraining() {
    }

    /** Reads the training sentences of every listed file that exists under {@code nerDir}. */
    public static List<ConllCorpus.Sentence> trainingData(Path nerDir) throws IOException {
        List<ConllCorpus.Sentence> all = new ArrayList<>();
        for (String f : TRAIN_FILES) {
            Path p = nerDir.resolve(f);
            if (!Files.isRegularFile(p)) {
                throw new IOException(p + ": training file not found");
            }
            all.addAll(ConllCorpus.read(p));
        }
        return all;
    }

    /** Trains the standard model from {@code nerDir}. */
    public static PerceptronTagger train(Path nerDir, PerceptronTagger.Params params) throws IOException {
        return PerceptronTagger.train(trainingData(nerDir), new NerFeatures(Gazetteer.standard()), params);
    }

    /** Scores a recogniser on a CoNLL file (Indonesian). */
    public static ConllEval evaluate(EntityRecognizer recognizer, Path conllFile) throws IOException {
        ConllEval eval = new ConllEval();
        for (ConllCorpus.Sentence s : ConllCorpus.read(conllFile)) {
            eval.add(BioTags.chunks(s.tags()), recognizer.recognize(s.tokens(), "id"));
        }
        return eval;
    }
}
