package org.cemtracker.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLAnchorReplayingFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a model file: YAML syntax, then the JSON Schema of {@code assessments/schema}, then the
 * rules a schema cannot state ({@link ModelRules}). Every problem names the file, the line and the
 * field; a file with problems yields no model.
 */
public final class ModelReader {

  public static final String SCHEMA_RESOURCE = "assessments/schema/model.schema.json";
  static final int MAX_BYTES = 1024 * 1024;

  // anchors (&name) and aliases (*name) are standard YAML: an alias reads as what it names
  private static final YAMLFactory YAML_FACTORY = new YAMLAnchorReplayingFactory();
  private static final ObjectMapper YAML = new ObjectMapper(YAML_FACTORY);
  private final JsonSchema schema;

  public ModelReader() {
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
    try (InputStream in = ModelReader.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "The model schema " + SCHEMA_RESOURCE + " is not on the classpath");
      }
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
    } catch (IOException e) {
      throw new IllegalStateException("The model schema could not be read", e);
    }
  }

  public ModelFile read(String file, String yaml) {
    if (yaml.length() > MAX_BYTES) {
      return failed(file, List.of(new ModelProblem(file, 1, "", "file is larger than 1 MiB")));
    }
    JsonNode tree;
    Map<String, Integer> lines;
    try {
      try (JsonParser parser = new BoundedParser(YAML_FACTORY.createParser(yaml))) {
        tree = YAML.readTree(parser);
      } catch (JsonProcessingException e) {
        throw e;
      } catch (IOException e) {
        throw new IllegalStateException("reading a string cannot fail", e);
      }
      lines = lines(yaml);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
      return failed(
          file,
          List.of(
              new ModelProblem(
                  file, line, "", "not valid YAML: " + oneLine(e.getOriginalMessage()))));
    }
    if (tree == null || !tree.isObject()) {
      return failed(
          file,
          List.of(
              new ModelProblem(
                  file, 1, "", "a model must be a YAML mapping with id, version, title, …")));
    }
    Locator locator = new Locator(file, lines);
    List<ModelProblem> problems = new ArrayList<>();
    for (ValidationMessage message : schema.validate(tree)) {
      problems.add(locator.problem(pointerOf(message), schemaMessage(message)));
    }
    // the rules too, on what could be read, so that every mistake is told at once; a rule's
    // complaint about a field the schema already refused would only repeat it
    MaturityModel model = ModelMapping.toModel(tree);
    List<ModelProblem> rules = new ArrayList<>(new ModelRules(locator).check(model));
    rules.addAll(new TranslationRules(locator).check(model));
    List<String> refused = problems.stream().map(ModelProblem::field).toList();
    rules.stream()
        .filter(r -> refused.stream().noneMatch(f -> within(r.field(), f)))
        .forEach(problems::add);
    return problems.isEmpty()
        ? new ModelFile(file, Optional.of(model), List.of(), locator.lineOf("/id"))
        : failed(file, sorted(problems));
  }

  /** Whether {@code field} is {@code outer} or a part of it ({@code questions[1].anchors}). */
  static boolean within(String field, String outer) {
    return field.equals(outer)
        || !outer.isEmpty() && (field.startsWith(outer + ".") || field.startsWith(outer + "["));
  }

  /** The parser's message without its quoted source lines and caret markers. */
  static String oneLine(String message) {
    return message
        .lines()
        .filter(l -> !l.startsWith(" in 'reader'") && !l.startsWith("    ") && !l.isBlank())
        .map(String::trim)
        .collect(java.util.stream.Collectors.joining(" "));
  }

  private static ModelFile failed(String file, List<ModelProblem> problems) {
    return new ModelFile(file, Optional.empty(), problems);
  }

  private static List<ModelProblem> sorted(List<ModelProblem> problems) {
    List<ModelProblem> copy = new ArrayList<>(problems);
    copy.sort(java.util.Comparator.comparingInt(ModelProblem::line));
    return copy;
  }

  private static String pointerOf(ValidationMessage message) {
    String pointer =
        message.getInstanceLocation() == null ? "" : message.getInstanceLocation().toString();
    if (message.getProperty() != null && "required".equals(message.getType())) {
      return pointer;
    }
    return pointer;
  }

  private static String schemaMessage(ValidationMessage message) {
    String text = message.getMessage();
    String location =
        message.getInstanceLocation() == null ? "" : message.getInstanceLocation().toString();
    if (!location.isEmpty() && text.startsWith(location + ": ")) {
      text = text.substring(location.length() + 2);
    } else if (text.startsWith(": ")) {
      text = text.substring(2);
    }
    return text;
  }

  /** The line each JSON pointer of the document starts on. */
  static Map<String, Integer> lines(String yaml) throws JsonProcessingException {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = new BoundedParser(YAML_FACTORY.createParser(yaml))) {
      while (parser.nextToken() != null) {
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
      }
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new IllegalStateException("reading a string cannot fail", e);
    }
    return lines;
  }
}
