package org.cemtracker.model;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cemtracker.model.MaturityModel.Dimension;
import org.cemtracker.model.MaturityModel.DimensionGroup;
import org.cemtracker.model.MaturityModel.Question;
import org.cemtracker.model.MaturityModel.Recommendation;
import org.cemtracker.model.MaturityModel.ScaleLevel;
import org.cemtracker.model.MaturityModel.Stage;

/**
 * From a document to the model's records, with the documented defaults. A document the schema
 * refuses is read as far as it goes (an unknown tier is left out, unreadable translations are
 * none), so that the rules can be checked on it as well.
 */
final class ModelMapping {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private static final TypeReference<Map<String, ModelTranslation>> TRANSLATIONS =
      new TypeReference<>() {};

  private ModelMapping() {}

  static MaturityModel toModel(JsonNode root) {
    Map<String, List<ScaleLevel>> answerSets = new LinkedHashMap<>();
    root.path("answerSets")
        .fields()
        .forEachRemaining(e -> answerSets.put(e.getKey(), levels(e.getValue())));
    // format 2 lets a question take its anchors from its levels (the model's scale by default)
    List<ScaleLevel> scale = list(root.path("scale"), ModelMapping::scaleLevel);
    List<ScaleLevel> anchorsFrom = root.path("format").asInt(1) == 2 ? scale : List.of();
    return new MaturityModel(
        root.path("id").asText(),
        root.path("version").asText(),
        root.path("title").asText(),
        root.path("description").asText(""),
        root.path("language").asText(MaturityModel.DEFAULT_LANGUAGE),
        scale,
        root.path("cemLine").asDouble(MaturityModel.DEFAULT_CEM_LINE),
        list(root.path("stages"), ModelMapping::stage),
        list(
            root.path("dimensions"),
            n ->
                new Dimension(
                    n.path("id").asText(),
                    n.path("name").asText(),
                    n.path("description").asText(""),
                    n.path("weight").asDouble(1),
                    text(n, "group"))),
        list(root.path("questions"), n -> question(n, answerSets, anchorsFrom)),
        list(
            root.path("recommendations"),
            n ->
                new Recommendation(
                    n.path("dimension").asText(),
                    n.path("stage").asInt(),
                    n.path("title").asText(),
                    n.path("description").asText(),
                    list(n.path("kpis"), JsonNode::asText))),
        translations(root.path("translations")),
        root.path("format").asInt(1),
        answerSets,
        list(
            root.path("groups"),
            n ->
                new DimensionGroup(
                    n.path("id").asText(),
                    n.path("name").asText(),
                    n.path("description").asText(""))));
  }

  private static ScaleLevel scaleLevel(JsonNode n) {
    return new ScaleLevel(
        n.path("level").asInt(),
        n.path("label").asText(),
        n.path("value").isNumber() ? n.path("value").asDouble() : null,
        text(n, "anchor"));
  }

  /** An answer set's levels, numbered by their place; values evenly spaced where none is given. */
  private static List<ScaleLevel> levels(JsonNode array) {
    List<ScaleLevel> levels = new ArrayList<>();
    array.forEach(
        n ->
            levels.add(
                new ScaleLevel(
                    levels.size() + 1,
                    n.path("label").asText(),
                    n.path("value").isNumber() ? n.path("value").asDouble() : null,
                    text(n, "anchor"))));
    return levels;
  }

  private static String text(JsonNode n, String field) {
    return n.path(field).isTextual() ? n.path(field).asText() : null;
  }

  private static Map<String, ModelTranslation> translations(JsonNode node) {
    if (!node.isObject()) {
      return Map.of();
    }
    try {
      return MAPPER.convertValue(node, TRANSLATIONS);
    } catch (IllegalArgumentException unreadable) {
      // the schema has said what is wrong with them
      return Map.of();
    }
  }

  private static List<Tier> tiers(JsonNode array) {
    List<Tier> tiers = new ArrayList<>();
    array.forEach(
        t -> {
          for (Tier tier : Tier.values()) {
            if (tier.name().equals(t.asText())) {
              tiers.add(tier);
            }
          }
        });
    return tiers;
  }

  private static Stage stage(JsonNode n) {
    return new Stage(
        n.path("number").asInt(),
        n.path("name").asText(),
        n.path("description").asText(""),
        n.path("min").asDouble(),
        n.has("minReach") ? n.path("minReach").asDouble() : null,
        n.has("maxBoltOnGap") ? n.path("maxBoltOnGap").asDouble() : null,
        n.has("minDimension") ? n.path("minDimension").asDouble() : null,
        minimums(n.path("minimums")));
  }

  private static Map<String, Double> minimums(JsonNode node) {
    Map<String, Double> minimums = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> minimums.put(e.getKey(), e.getValue().asDouble()));
    return minimums;
  }

  /**
   * A question, its answer set resolved (a named set, or its own levels) and its anchors the set's
   * where it gives none (each level's anchor, else its label).
   */
  private static Question question(
      JsonNode n, Map<String, List<ScaleLevel>> answerSets, List<ScaleLevel> anchorsFrom) {
    JsonNode answers = n.path("answers");
    String setName = answers.isTextual() ? answers.asText() : null;
    List<ScaleLevel> levels =
        setName != null
            ? answerSets.getOrDefault(setName, List.of())
            : answers.isArray() ? levels(answers) : List.of();
    List<String> anchors = list(n.path("anchors"), JsonNode::asText);
    List<ScaleLevel> anchorLevels = levels.isEmpty() ? anchorsFrom : levels;
    if (!n.has("anchors") && !anchorLevels.isEmpty()) {
      anchors =
          anchorLevels.stream().map(l -> l.anchor() == null ? l.label() : l.anchor()).toList();
    }
    return new Question(
        n.path("id").asText(),
        n.path("dimension").asText(),
        n.path("text").asText(),
        tiers(n.path("tiers")),
        anchors,
        n.path("weight").asDouble(1),
        setName,
        levels,
        n.path("reversed").asBoolean(false),
        text(n, "criteria"),
        text(n, "externalId"));
  }

  private static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
    List<T> items = new ArrayList<>();
    array.forEach(n -> items.add(item.apply(n)));
    return items;
  }
}
