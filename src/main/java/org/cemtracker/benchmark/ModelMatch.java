package org.cemtracker.benchmark;

import java.util.List;
import org.cemtracker.model.MaturityModel;

/**
 * Which figures of two campaigns measure the same thing: a dimension is compared where both models
 * have it under the same id with the same question ids, weights and answer points, on scales of as
 * many levels; the CEM index where every dimension matches so and carries the same weight. Versions
 * of a model may differ in anything else (wording, recommendations) and still compare.
 */
final class ModelMatch {

  private ModelMatch() {}

  static boolean sameDimension(MaturityModel a, MaturityModel b, String dimensionId) {
    return a.dimension(dimensionId).isPresent()
        && b.dimension(dimensionId).isPresent()
        && weights(a, dimensionId).equals(weights(b, dimensionId));
  }

  static boolean sameIndex(MaturityModel a, MaturityModel b) {
    if (!a.id().equals(b.id()) || a.dimensions().size() != b.dimensions().size()) {
      return false;
    }
    for (MaturityModel.Dimension d : a.dimensions()) {
      if (!sameDimension(a, b, d.id())
          || d.weight() != b.dimension(d.id()).orElseThrow().weight()) {
        return false;
      }
    }
    return true;
  }

  private static List<String> weights(MaturityModel model, String dimensionId) {
    return model.questions().stream()
        .filter(q -> q.dimension().equals(dimensionId))
        .map(q -> q.id() + "=" + q.weight() + " " + model.pointsOf(q))
        .sorted()
        .toList();
  }
}
