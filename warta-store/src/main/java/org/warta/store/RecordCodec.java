package org.warta.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import org.warta.model.Article;
import org.warta.model.Moment;
import org.warta.model.Story;

/**
 * How records are kept in the store: JSON with the contract's snake_case keys (so a stored document reads like
 * the API's output), absent optionals and empty lists left out, moments as ISO-8601 strings. Reading is lenient:
 * a missing list is empty, a missing optional is empty.
 */
public final class RecordCodec {

    private static final ObjectMapper MAPPER = mapper();

    private RecordCodec() {
    }

    /** A mapper configured as described above; also usable to read API input. */
    public static ObjectMapper mapper() {
        SimpleModule moments = new SimpleModule("warta-moment");
        moments.addSerializer(Moment.class, new JsonSerializer<>() {
            @Override
            public void serialize(Moment value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(value.toString());
            }
        });
        moments.addDeserializer(Moment.class, new JsonDeserializer<>() {
            @Override
            public Moment deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String s = p.getValueAsString();
                return Moment.parse(s).orElseThrow(
                        () -> ctxt.weirdStringException(s, Moment.class, "not an ISO-8601 date or date-time"));
            }
        });
        return JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(moments)
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .serializationInclusion(JsonInclude.Include.NON_EMPTY)
                .defaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY))
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new StoreException("cannot encode " + value.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    static Article article(byte[] bytes, int offset, int length) {
        try {
            return MAPPER.readValue(bytes, offset, length, Article.class);
        } catch (IOException e) {
            throw new StoreException("corrupt stored article: " + e.getMessage(), e);
        }
    }

    static ArticleSummary summary(byte[] bytes, int offset, int length) {
        try {
            return MAPPER.readValue(bytes, offset, length, ArticleSummary.class);
        } catch (IOException e) {
            throw new StoreException("corrupt stored article summary: " + e.getMessage(), e);
        }
    }

    static Story story(byte[] bytes, int offset, int length) {
        try {
            return MAPPER.readValue(bytes, offset, length, Story.class);
        } catch (IOException e) {
            throw new StoreException("corrupt stored story: " + e.getMessage(), e);
        }
    }
}
