package org.warta.app.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warta.model.Article;
import org.warta.model.Digest;
import org.warta.model.Moment;
import org.warta.model.Story;

/**
 * Writes and reads the JSON contract: snake_case keys, ISO-8601 moments, absent optionals and empty lists left out
 * (a field that is not computed is absent, never faked). Thread-safe.
 */
public final class ContractJson {

    private static final ObjectMapper MAPPER = build();

    private ContractJson() {
    }

    private static ObjectMapper build() {
        SimpleModule moments = new SimpleModule("warta-moment");
        moments.addSerializer(Moment.class, new JsonSerializer<>() {
            @Override
            public void serialize(Moment m, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(m.toString());
            }
        });
        moments.addDeserializer(Moment.class, new JsonDeserializer<>() {
            @Override
            public Moment deserialize(JsonParser p, DeserializationContext c) throws IOException {
                String s = p.getValueAsString();
                return Moment.parse(s).orElseThrow(
                        () -> c.weirdStringException(s, Moment.class, "not an ISO-8601 date or date-time"));
            }
        });
        return JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(moments)
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .serializationInclusion(JsonInclude.Include.NON_ABSENT)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY,
                        JsonInclude.Include.NON_EMPTY))
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // absent lists read as empty lists, absent optionals as empty: the writer leaves them out
                .defaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY))
                .build();
    }

    /** The shared, configured mapper (do not reconfigure it). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The contract's top level: {@code {"articles": [...], "stories": [...]}}. */
    public static Map<String, Object> contract(List<Article> articles, List<Story> stories) {
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("articles", articles);
        top.put("stories", stories);
        return top;
    }

    /** Pretty JSON of a digest's articles and stories (problems are reported on stderr, not here). */
    public static String write(Digest digest) {
        return pretty(contract(digest.articles(), digest.stories()));
    }

    /** Pretty JSON of any contract value. */
    public static String pretty(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + value.getClass().getSimpleName(), e);
        }
    }

    /** Compact JSON (one line), e.g. for JSONL and the REST API. */
    public static String compact(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + value.getClass().getSimpleName(), e);
        }
    }

    /**
     * Reads an article written in the contract. Missing optional fields are absent; missing lists are empty.
     *
     * @throws IllegalArgumentException with a one-line reason when the JSON is malformed or lacks required fields
     */
    public static Article readArticle(String json) {
        try {
            Map<?, ?> raw = MAPPER.readValue(json, Map.class);
            for (String required : List.of("id", "source", "title", "text")) {
                if (!(raw.get(required) instanceof String)) {
                    throw new IllegalArgumentException("article JSON lacks the string field '" + required + "'");
                }
            }
            Article a = MAPPER.readValue(json, Article.class);
            return a.language().isEmpty() ? a.withLanguage(Article.UNDETERMINED) : a;
        } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException
                 | com.fasterxml.jackson.databind.exc.ValueInstantiationException e) {
            throw new IllegalArgumentException("invalid article JSON: " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

}
