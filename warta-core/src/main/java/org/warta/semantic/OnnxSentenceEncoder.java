package org.warta.semantic;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A BERT-style bi-encoder run in process by ONNX Runtime: word pieces in, the attention-masked mean of the last
 * hidden states out, L2-normalised (mean pooling as in Sentence-BERT; Reimers and Gurevych 2019, EMNLP). A text
 * longer than one window is cut into windows whose pooled vectors are averaged, weighted by their lengths.
 * Thread-safe (ONNX Runtime sessions may be run concurrently).
 */
public final class OnnxSentenceEncoder implements SentenceEncoder, AutoCloseable {

    private final OrtEnvironment env;
    private final OrtSession session;
    private final WordPieceTokenizer tokenizer;
    private final EncoderSettings settings;
    private final int[] prefix;
    private final boolean typeIds;
    private final int dimension;

    /**
     * @param model     the ONNX model (inputs {@code input_ids}, {@code attention_mask}, optionally
     *                  {@code token_type_ids}; first output the last hidden states {@code [1, tokens, dim]})
     * @param tokenizer its tokenizer
     * @param settings  tunables
     * @throws OrtException when ONNX Runtime cannot load the model
     */
    public OnnxSentenceEncoder(byte[] model, WordPieceTokenizer tokenizer, EncoderSettings settings)
            throws OrtException {
        this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(settings.threads());
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            this.session = env.createSession(model, options);
        }
        this.typeIds = session.getInputNames().contains("token_type_ids");
        this.prefix = tokenizer.encode(settings.prefix(), 64);
        if (prefix.length >= settings.windowTokens()) {
            throw new IllegalArgumentException("prefix longer than a window");
        }
        this.dimension = run(new int[] {tokenizer.clsId(), tokenizer.sepId()}).length;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    public EncoderSettings settings() {
        return settings;
    }

    @Override
    public float[] embed(String text) {
        return embed(text, settings.maxTokens());
    }

    @Override
    public float[] embed(String text, int maxTokens) {
        int[] ids = tokenizer.encode(text, maxTokens);
        float[] sum = new float[dimension];
        if (ids.length == 0) {
            return sum;
        }
        int step = settings.windowTokens() - prefix.length;
        for (int from = 0; from < ids.length; from += step) {
            int to = Math.min(ids.length, from + step);
            int[] window = new int[prefix.length + (to - from) + 2];
            window[0] = tokenizer.clsId();
            System.arraycopy(prefix, 0, window, 1, prefix.length);
            System.arraycopy(ids, from, window, 1 + prefix.length, to - from);
            window[window.length - 1] = tokenizer.sepId();
            float[] v = run(window);
            float w = to - from;
            for (int i = 0; i < dimension; i++) {
                sum[i] += w * v[i];
            }
        }
        return normalise(sum);
    }

    /** Mean-pooled, normalised last hidden state of one input sequence. */
    private float[] run(int[] window) {
        int n = window.length;
        long[][] ids = new long[1][n];
        long[][] mask = new long[1][n];
        for (int i = 0; i < n; i++) {
            ids[0][i] = window[i];
            mask[0][i] = 1;
        }
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(env, ids));
            inputs.put("attention_mask", OnnxTensor.createTensor(env, mask));
            if (typeIds) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(env, new long[1][n]));
            }
            try (OrtSession.Result r = session.run(inputs)) {
                float[][] hidden = ((float[][][]) r.get(0).getValue())[0];
                float[] mean = new float[hidden[0].length];
                for (float[] h : hidden) {
                    for (int i = 0; i < mean.length; i++) {
                        mean[i] += h[i];
                    }
                }
                return normalise(mean);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private static float[] normalise(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm == 0) {
            return v;
        }
        float inv = (float) (1 / Math.sqrt(norm));
        float[] out = Arrays.copyOf(v, v.length);
        for (int i = 0; i < out.length; i++) {
            out[i] *= inv;
        }
        return out;
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
