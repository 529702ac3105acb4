package org.cemtracker.transfer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cemtracker.base.Problem;
import org.cemtracker.base.json.StrictJson;

/**
 * Reads and writes the export file: Jackson for the JSON, the JSON Schema beside it for the shape,
 * and every problem named by its place in the file (a JSON pointer), before anything is stored.
 */
final class DocumentJson {

  static final String SCHEMA = "transfer/organisation.schema.json";
  private static final int MAX_PROBLEMS = 20;

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private static final JsonSchema SCHEMA_CHECK = schema();

  private DocumentJson() {}

  /**
   * Writes the file, compact (a pretty printer's indentation was a third of a large file), straight
   * to the stream: a 50,000-response organisation is not held a second time as bytes.
   */
  static void write(OrganisationDocument document, OutputStream out) throws IOException {
    JSON.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, document);
  }

  static OrganisationDocument read(byte[] json) {
    JsonNode tree;
    try {
      tree = StrictJson.tree(new ByteArrayInputStream(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Problem unreadable) {
      // the whole upload is the file: its problems are named after it
      Map<String, String> named = new LinkedHashMap<>();
      unreadable.fields().forEach((at, what) -> named.put(at.equals("body") ? "file" : at, what));
      throw Problem.invalid(named);
    }
    if (tree == null || !tree.isObject()) {
      throw Problem.invalid("file", "must be one JSON object, an organisation export");
    }
    JsonNode version = tree.get("formatVersion");
    if (version != null && version.isInt() && version.asInt() > OrganisationDocument.VERSION) {
      throw Problem.invalid(
          "formatVersion",
          "this file is in format version "
              + version.asInt()
              + ", newer than this instance reads ("
              + OrganisationDocument.VERSION
              + "): import it into a newer CEM Tracker");
    }
    Map<String, String> problems = new LinkedHashMap<>();
    for (ValidationMessage message : SCHEMA_CHECK.validate(tree)) {
      if (problems.size() < MAX_PROBLEMS) {
        String at =
            message.getInstanceLocation() == null ? "" : message.getInstanceLocation().toString();
        problems.putIfAbsent(at.isEmpty() ? "file" : at, message.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw Problem.invalid(problems);
    }
    try {
      return JSON.treeToValue(tree, OrganisationDocument.class);
    } catch (JsonMappingException e) {
      throw Problem.invalid(pointer(e), firstLine(e.getOriginalMessage()));
    } catch (JsonProcessingException e) {
      throw Problem.invalid("file", firstLine(e.getOriginalMessage()));
    }
  }

  private static String pointer(JsonMappingException e) {
    StringBuilder at = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      at.append('/').append(r.getFieldName() != null ? r.getFieldName() : r.getIndex());
    }
    return at.isEmpty() ? "file" : at.toString();
  }

  private static String firstLine(String message) {
    String line = message == null ? "" : message.split("\n")[0];
    // no Java class names to a client
    return line.replaceAll("\\(class [^)]*\\)", "")
        .replaceAll("`[a-z]+(\\.[A-Za-z$]+)+`", "a value");
  }

  static String schemaText() {
    try (InputStream in = DocumentJson.class.getClassLoader().getResourceAsStream(SCHEMA)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonSchema schema() {
    try (InputStream in = DocumentJson.class.getClassLoader().getResourceAsStream(SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException(
            "the export schema " + SCHEMA + " is not on the class path");
      }
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(in, SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
