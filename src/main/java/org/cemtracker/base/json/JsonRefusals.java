package org.cemtracker.base.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeSet;
import org.cemtracker.base.Problem;

/**
 * What a refused body is told, in its own terms: the field as the client wrote it ({@code
 * answers.lead-1}, {@code milestones[0].done}, {@code body} for the whole) and what it must be —
 * never a Java type or a parser's internals.
 */
final class JsonRefusals {

  private JsonRefusals() {}

  /** A body that is not one valid JSON value in UTF-8, or nests too deep. */
  static Problem unreadable(JsonProcessingException e) {
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (e instanceof StreamConstraintsException) {
      if (message.contains("nesting depth")) {
        return refuse("body", "is nested deeper than " + StrictJson.MAX_DEPTH + " levels");
      }
      if (message.contains("Number")) {
        return refuse(at(e), "holds a number longer than 100 digits");
      }
      return refuse(at(e), "holds a text too long to be read");
    }
    if (message.contains("Invalid UTF-8") || message.contains("Invalid UTF-32")) {
      return refuse(at(e), "is not valid UTF-8 text" + where(e) + ": send JSON in UTF-8");
    }
    if (message.startsWith("Duplicate field")) {
      return refuse(at(e), "appears twice" + where(e));
    }
    if (e instanceof MismatchedInputException && message.contains("Trailing token")) {
      return refuse("body", "must be a single JSON value; more follows" + where(e));
    }
    return refuse("body", "is not valid JSON" + where(e) + reason(message));
  }

  /** A valid body with a value that is not of its field's declared type. */
  static Problem unbindable(IOException e, JsonNode tree) {
    if (e instanceof InvalidDefinitionException) {
      throw new UncheckedIOException(e);
    }
    if (!(e instanceof JsonMappingException mapping)) {
      throw new UncheckedIOException(e);
    }
    String field = field(path(mapping));
    if (mapping instanceof UnrecognizedPropertyException unknown) {
      TreeSet<String> known = new TreeSet<>();
      unknown.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
      return refuse(field, "is not a field here; the fields are " + String.join(", ", known));
    }
    JsonNode given = tree.at(pointer(mapping));
    Class<?> target = target(mapping);
    String must = Shapes.must(target);
    if (mapping.getCause() instanceof InputCoercionException && given.isNumber()) {
      return refuse(field, must + " of a size that fits; " + given + " is too large");
    }
    return refuse(field, must + ", not " + Shapes.given(given));
  }

  /** A 400 whose message names the field as well as its entry in {@code fields}. */
  static Problem refuse(String field, String message) {
    return Problem.invalid(Map.of(field, message));
  }

  /** {@code answers.lead-1} for a path written as {@code answers/lead-1}; {@code body} for none. */
  static String field(String path) {
    return path == null || path.isEmpty() ? "body" : path;
  }

  private static Class<?> target(JsonMappingException mapping) {
    if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return mismatch.getTargetType();
    }
    if (mapping.getCause() instanceof InputCoercionException coercion) {
      return coercion.getTargetType();
    }
    return Object.class;
  }

  private static String path(JsonMappingException mapping) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference ref : mapping.getPath()) {
      if (ref.getFieldName() != null) {
        out.append(out.length() == 0 ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.toString();
  }

  private static String pointer(JsonMappingException mapping) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference ref : mapping.getPath()) {
      String step =
          ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex());
      out.append('/').append(step.replace("~", "~0").replace("/", "~1"));
    }
    return out.toString();
  }

  /** The field being read when the parser stopped, as far as it can tell. */
  private static String at(JsonProcessingException e) {
    if (e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
      var context = parser.getParsingContext();
      String path = context.pathAsPointer().toString();
      if (context.inObject()
          && context.getCurrentName() != null
          && !path.endsWith(context.getCurrentName())) {
        path = path + "/" + context.getCurrentName();
      }
      return field(dotted(path));
    }
    return "body";
  }

  private static String dotted(String pointer) {
    StringBuilder out = new StringBuilder();
    for (String step : pointer.split("/")) {
      if (step.isEmpty()) {
        continue;
      }
      String name = step.replace("~1", "/").replace("~0", "~");
      if (name.chars().allMatch(Character::isDigit)) {
        out.append('[').append(name).append(']');
      } else {
        out.append(out.length() == 0 ? "" : ".").append(name);
      }
    }
    return out.toString();
  }

  private static String where(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static String reason(String message) {
    String line = message.lines().findFirst().orElse("");
    int marker = line.indexOf(" (start marker");
    if (marker >= 0) {
      line = line.substring(0, marker);
    }
    if (line.isBlank() || line.contains("java.") || line.contains("`") || line.length() > 200) {
      return "";
    }
    return ": " + line;
  }
}
