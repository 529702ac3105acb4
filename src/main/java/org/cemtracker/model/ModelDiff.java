package org.cemtracker.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.cemtracker.model.MaturityModel.Dimension;
import org.cemtracker.model.MaturityModel.Question;

/**
 * Two versions of a model side by side: which questions were added, removed, reworded or changed
 * otherwise, and what that means for comparing waves. A question's results compare across the
 * versions when it keeps its id, its dimension and the number of answer levels; reworded, it still
 * compares, with care. A dimension's score compares when its questions and their weights are the
 * same in both.
 */
public record ModelDiff(
    String modelId,
    String from,
    String to,
    boolean scaleChanged,
    List<QuestionChange> questions,
    List<DimensionChange> dimensions) {

  /** What happened to a question between the versions. */
  public enum Kind {
    UNCHANGED,
    REWORDED,
    CHANGED,
    ADDED,
    REMOVED
  }

  /**
   * One question in either version; {@code changes} names what differs (text, anchors, weight,
   * dimension, tiers); {@code comparable}: its results compare across the two versions.
   */
  public record QuestionChange(
      String id,
      Kind kind,
      String dimension,
      String textBefore,
      String textAfter,
      List<String> changes,
      boolean comparable) {}

  /** A dimension's score compares across the versions when its questions and weights are kept. */
  public record DimensionChange(String id, String name, boolean comparable, String why) {}

  public static ModelDiff between(MaturityModel before, MaturityModel after) {
    boolean scaleChanged = before.levels() != after.levels();
    Map<String, Question> old = byId(before.questions());
    Map<String, Question> now = byId(after.questions());
    List<QuestionChange> questions = new ArrayList<>();
    for (Question q : after.questions()) {
      Question was = old.get(q.id());
      if (was == null) {
        questions.add(
            new QuestionChange(
                q.id(), Kind.ADDED, q.dimension(), null, q.text(), List.of(), false));
        continue;
      }
      List<String> changes = new ArrayList<>();
      if (!was.text().equals(q.text())) {
        changes.add("text");
      }
      if (!was.anchors().equals(q.anchors())) {
        changes.add("anchors");
      }
      if (was.weight() != q.weight()) {
        changes.add("weight");
      }
      if (!was.dimension().equals(q.dimension())) {
        changes.add("dimension");
      }
      if (!was.tiers().equals(q.tiers())) {
        changes.add("tiers");
      }
      if (!before.pointsOf(was).equals(after.pointsOf(q))) {
        changes.add("answer values");
      } else if (!labels(before, was).equals(labels(after, q))) {
        changes.add("answer labels");
      }
      boolean wordsOnly =
          changes.stream()
              .allMatch(c -> c.equals("text") || c.equals("anchors") || c.equals("answer labels"));
      Kind kind = changes.isEmpty() ? Kind.UNCHANGED : wordsOnly ? Kind.REWORDED : Kind.CHANGED;
      // the answers' points say whether the scale (or the question's own answer set) changed
      boolean comparable =
          was.dimension().equals(q.dimension()) && before.pointsOf(was).equals(after.pointsOf(q));
      questions.add(
          new QuestionChange(
              q.id(), kind, q.dimension(), was.text(), q.text(), List.copyOf(changes), comparable));
    }
    for (Question was : before.questions()) {
      if (!now.containsKey(was.id())) {
        questions.add(
            new QuestionChange(
                was.id(), Kind.REMOVED, was.dimension(), was.text(), null, List.of(), false));
      }
    }
    return new ModelDiff(
        after.id(),
        before.version(),
        after.version(),
        scaleChanged,
        List.copyOf(questions),
        dimensions(before, after, scaleChanged));
  }

  private static List<DimensionChange> dimensions(
      MaturityModel before, MaturityModel after, boolean scaleChanged) {
    List<DimensionChange> dimensions = new ArrayList<>();
    for (Dimension d : after.dimensions()) {
      if (before.dimension(d.id()).isEmpty()) {
        dimensions.add(new DimensionChange(d.id(), d.name(), false, "new in " + after.version()));
      } else if (!weights(before, d.id()).equals(weights(after, d.id()))) {
        dimensions.add(
            new DimensionChange(
                d.id(),
                d.name(),
                false,
                scaleChanged
                    ? "the answer scale changed"
                    : "its questions or their weights changed"));
      } else {
        dimensions.add(new DimensionChange(d.id(), d.name(), true, "same questions and weights"));
      }
    }
    for (Dimension d : before.dimensions()) {
      if (after.dimension(d.id()).isEmpty()) {
        dimensions.add(
            new DimensionChange(d.id(), d.name(), false, "removed in " + after.version()));
      }
    }
    return List.copyOf(dimensions);
  }

  /** A dimension's question ids with their weights and answers' points, in id order. */
  private static Map<String, String> weights(MaturityModel model, String dimensionId) {
    Map<String, String> weights = new TreeMap<>();
    model
        .questionsOf(dimensionId)
        .forEach(q -> weights.put(q.id(), q.weight() + " " + model.pointsOf(q)));
    return weights;
  }

  private static List<String> labels(MaturityModel model, Question q) {
    return model.answersOf(q).stream().map(MaturityModel.ScaleLevel::label).toList();
  }

  private static Map<String, Question> byId(List<Question> questions) {
    Map<String, Question> byId = new LinkedHashMap<>();
    questions.forEach(q -> byId.put(Objects.requireNonNull(q.id()), q));
    return byId;
  }
}
