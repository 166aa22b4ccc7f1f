package org.receptorsim.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.function.Function;
import org.receptorsim.units.AssociationRate;
import org.receptorsim.units.Concentration;
import org.receptorsim.units.Duration;
import org.receptorsim.units.Rate;

/**
 * The strict Jackson mappers of the project: YAML for scenarios and libraries, JSON for outputs. Quantities with units
 * are read from "number unit" strings and written back the same way.
 */
public final class Yaml {

    private Yaml() {
    }

    /** A strict YAML mapper: unknown keys, duplicate keys, nulls for primitives and loose coercions are errors. */
    public static ObjectMapper yamlMapper() {
        YAMLMapper mapper = YAMLMapper.builder(YAMLFactory.builder().build())
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .addModule(unitsModule())
                .build();
        strictScalars(mapper);
        return mapper;
    }

    /**
     * The strict YAML mapper writing quantities with their exact SI value ("1.5E-9 M", "0.015 /s") instead of four
     * significant digits: a tree it makes of a record binds back to the same record, bit for bit.
     */
    static ObjectMapper exactMapper() {
        SimpleModule exact = new SimpleModule("receptorsim-exact-units");
        exact(exact, Concentration.class, c -> c.molar() + " M");
        exact(exact, Duration.class, d -> d.seconds() + " s");
        exact(exact, Rate.class, r -> r.perSecond() + " /s");
        exact(exact, AssociationRate.class, a -> a.perMolarPerSecond() + " /M/s");
        return yamlMapper().registerModule(exact);
    }

    /** A JSON mapper for outputs, indented, writing quantities as "number unit". */
    public static ObjectMapper jsonMapper() {
        return JsonMapper.builder().addModule(unitsModule())
                .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).build();
    }

    /**
     * SHA-256 (hex) of a JSON tree written with every object's keys in sorted order, so the same content gives the same
     * fingerprint in any JVM, whatever the iteration order of the maps it was built from. Resumable runs compare it.
     */
    public static String fingerprint(com.fasterxml.jackson.databind.JsonNode tree) {
        try {
            ObjectMapper sorted = jsonMapper()
                    .enable(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
            byte[] canonical = sorted.writeValueAsBytes(sorted.treeToValue(tree, Object.class));
            return java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the run description", e);
        }
    }

    private static void strictScalars(ObjectMapper mapper) {
        for (LogicalType t : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(t).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    }

    /** Readers and writers of the unit types. */
    public static SimpleModule unitsModule() {
        SimpleModule m = new SimpleModule("receptorsim-units");
        register(m, Concentration.class, Concentration::parse);
        register(m, Duration.class, Duration::parse);
        register(m, Rate.class, Rate::parse);
        register(m, AssociationRate.class, AssociationRate::parse);
        return m;
    }

    private static <T> void exact(SimpleModule m, Class<T> type, Function<T, String> text) {
        m.addSerializer(type, new com.fasterxml.jackson.databind.ser.std.StdSerializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(T value, com.fasterxml.jackson.core.JsonGenerator gen,
                                  com.fasterxml.jackson.databind.SerializerProvider provider)
                    throws java.io.IOException {
                gen.writeString(text.apply(value));
            }
        });
    }

    private static <T> void register(SimpleModule m, Class<T> type, Function<String, T> parse) {
        m.addDeserializer(type, new FromStringDeserializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            protected T _deserialize(String value, com.fasterxml.jackson.databind.DeserializationContext ctxt) {
                return parse.apply(value);
            }

            @Override
            protected T _deserializeFromEmptyString(com.fasterxml.jackson.databind.DeserializationContext ctxt) {
                return parse.apply("");
            }

            @Override
            public T deserialize(JsonParser p, com.fasterxml.jackson.databind.DeserializationContext ctxt)
                    throws java.io.IOException {
                if (p.currentToken().isNumeric()) {
                    return parse.apply(p.getText());
                }
                return super.deserialize(p, ctxt);
            }
        });
        m.addSerializer(type, ToStringSerializer.instance);
    }
}
