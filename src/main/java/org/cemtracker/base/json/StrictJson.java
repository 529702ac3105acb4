package org.cemtracker.base.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MutableCoercionConfig;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

/**
 * The one place where request bodies are bound (issue 14): a value is accepted only as its declared
 * type — no {@code "3"} for 3, no 3.5 for 3, no {@code "yes"} for true, no array for an object —
 * unknown and repeated fields are refused, bodies nest at most {@value #MAX_DEPTH} levels, and text
 * is refused when it is not valid UTF-8 or holds control characters such as NUL. Every refusal is a
 * 400 that names the field as the client wrote it ({@link JsonRefusals}).
 */
public final class StrictJson {

  /** Deeper than any body of the API (an initiative's measurements are five levels down). */
  public static final int MAX_DEPTH = 32;

  private static final ObjectMapper MAPPER = mapper();

  private StrictJson() {}

  /** The body bound to {@code type}, or null when there is no body at all. */
  public static <T> T read(InputStream body, Type type) throws IOException {
    JsonNode tree = tree(body);
    return tree == null ? null : bind(tree, type);
  }

  /** The body as a checked tree (valid JSON, valid text), or null when there is none. */
  public static JsonNode tree(InputStream body) throws IOException {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw JsonRefusals.unreadable(e);
    }
    if (tree == null || tree.isMissingNode()) {
      return null;
    }
    JsonText.check(tree);
    return tree;
  }

  /** A checked tree bound to {@code type}: a value of another type is refused with its field. */
  public static <T> T bind(JsonNode tree, Type type) {
    JavaType target = MAPPER.getTypeFactory().constructType(type);
    try {
      return MAPPER.readerFor(target).readValue(tree);
    } catch (IOException e) {
      throw JsonRefusals.unbindable(e, tree);
    }
  }

  private static ObjectMapper mapper() {
    JsonFactory factory =
        new JsonFactoryBuilder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(100)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    return JsonMapper.builder(factory)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .withCoercionConfig(LogicalType.Textual, StrictJson::onlyText)
        .withCoercionConfig(LogicalType.Integer, StrictJson::noText)
        .withCoercionConfig(LogicalType.Float, StrictJson::noText)
        .withCoercionConfig(LogicalType.Boolean, StrictJson::onlyBoolean)
        .build();
  }

  private static void onlyText(MutableCoercionConfig config) {
    config
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
  }

  private static void onlyBoolean(MutableCoercionConfig config) {
    noText(config);
    config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
  }

  private static void noText(MutableCoercionConfig config) {
    config
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
  }
}
