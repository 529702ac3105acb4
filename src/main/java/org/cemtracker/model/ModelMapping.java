package org.cemtracker.model;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cemtracker.model.MaturityModel.Dimension;
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
    return new MaturityModel(
        root.path("id").asText(),
        root.path("version").asText(),
        root.path("title").asText(),
        root.path("description").asText(""),
        root.path("language").asText(MaturityModel.DEFAULT_LANGUAGE),
        list(
            root.path("scale"),
            n -> new ScaleLevel(n.path("level").asInt(), n.path("label").asText())),
        root.path("cemLine").asDouble(MaturityModel.DEFAULT_CEM_LINE),
        list(root.path("stages"), ModelMapping::stage),
        list(
            root.path("dimensions"),
            n ->
                new Dimension(
                    n.path("id").asText(),
                    n.path("name").asText(),
                    n.path("description").asText(""),
                    n.path("weight").asDouble(1))),
        list(root.path("questions"), ModelMapping::question),
        list(
            root.path("recommendations"),
            n ->
                new Recommendation(
                    n.path("dimension").asText(),
                    n.path("stage").asInt(),
                    n.path("title").asText(),
                    n.path("description").asText(),
                    list(n.path("kpis"), JsonNode::asText))),
        translations(root.path("translations")));
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
        n.has("maxBoltOnGap") ? n.path("maxBoltOnGap").asDouble() : null);
  }

  private static Question question(JsonNode n) {
    return new Question(
        n.path("id").asText(),
        n.path("dimension").asText(),
        n.path("text").asText(),
        tiers(n.path("tiers")),
        list(n.path("anchors"), JsonNode::asText),
        n.path("weight").asDouble(1));
  }

  private static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
    List<T> items = new ArrayList<>();
    array.forEach(n -> items.add(item.apply(n)));
    return items;
  }
}
