package org.warta.semantic;

/**
 * Tunables of {@link OnnxSentenceEncoder}.
 *
 * @param maxTokens word pieces of a text that are encoded (from its start: the headline and the lead, where news
 *                  puts what the story is about); a text longer than one window is encoded in windows of
 *                  {@code windowTokens} whose embeddings are averaged, weighted by their lengths; default 510
 * @param windowTokens word pieces per model input, without {@code [CLS]} and {@code [SEP]}; at most the model's
 *                  maximum (510 for BERT-like models); the prefix's word pieces count; default 510
 * @param prefix    text put before every input, as the model was trained ({@code "query: "} for E5 on symmetric
 *                  tasks; Wang et al. 2022); default {@code "query: "}
 * @param threads   ONNX Runtime intra-op threads per encoder; default 1 (one core per call: the caller parallelises)
 */
public record EncoderSettings(int maxTokens, int windowTokens, String prefix, int threads) {

    public EncoderSettings {
        if (maxTokens < 1 || windowTokens < 1 || windowTokens > 510 || threads < 1) {
            throw new IllegalArgumentException("maxTokens, threads >= 1 and 1 <= windowTokens <= 510 required");
        }
        prefix = prefix == null ? "" : prefix;
    }

    public static EncoderSettings defaults() {
        return new EncoderSettings(510, 510, "query: ", 1);
    }

    public EncoderSettings withMaxTokens(int n) {
        return new EncoderSettings(n, windowTokens, prefix, threads);
    }

    public EncoderSettings withWindowTokens(int n) {
        return new EncoderSettings(maxTokens, n, prefix, threads);
    }
}
