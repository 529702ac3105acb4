package org.cemtracker.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.model.MaturityModel.Dimension;
import org.cemtracker.model.MaturityModel.Question;
import org.cemtracker.model.MaturityModel.ScaleLevel;
import org.cemtracker.model.MaturityModel.Stage;
import org.cemtracker.model.Tier;

/** Small models built in code for the engine's tests. */
final class TestModels {

  private TestModels() {}

  static final List<Stage> DEFAULT_STAGES =
      List.of(
          new Stage(1, "Bolt-on CX", "", 0, null, null),
          new Stage(2, "Departmental CX", "", 20, null, null),
          new Stage(3, "Cross-functional CX", "", 40, null, null),
          new Stage(4, "Managed CEM", "", 60, 0.5, 20.0),
          new Stage(5, "CEM orientation", "", 80, 0.8, 10.0));

  /**
   * @param levels L, the number of scale levels
   * @param dimensions dimension id → its weight and its questions with their weights
   */
  static MaturityModel model(
      int levels, Map<String, Map.Entry<Double, Map<String, Double>>> dimensions) {
    List<ScaleLevel> scale = new ArrayList<>();
    List<String> anchors = new ArrayList<>();
    for (int l = 1; l <= levels; l++) {
      scale.add(new ScaleLevel(l, "level " + l));
      anchors.add("anchor " + l);
    }
    List<Dimension> dims = new ArrayList<>();
    List<Question> questions = new ArrayList<>();
    dimensions.forEach(
        (id, spec) -> {
          dims.add(new Dimension(id, id, "", spec.getKey()));
          spec.getValue()
              .forEach(
                  (q, w) ->
                      questions.add(new Question(q, id, q, List.of(Tier.values()), anchors, w)));
        });
    return new MaturityModel(
        "test", "1.0.0", "Test", "", scale, 60, DEFAULT_STAGES, dims, questions, List.of());
  }

  /** One dimension "d" with one question "q" of weight 1. */
  static MaturityModel oneQuestion(int levels) {
    return model(levels, Map.of("d", Map.entry(1.0, Map.of("q", 1.0))));
  }

  static Answers answer(String unit, Tier tier, Object... pairs) {
    Map<String, Integer> levels = new java.util.HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      levels.put((String) pairs[i], (Integer) pairs[i + 1]);
    }
    return new Answers(unit, tier, levels);
  }
}
