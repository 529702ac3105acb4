package org.cemtracker.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.model.MaturityModel.Dimension;
import org.cemtracker.model.MaturityModel.Question;
import org.cemtracker.model.Tier;
import org.junit.jupiter.api.Test;

class ModelMatchTest {

  private static Question q(String id, String dimension, double weight) {
    return new Question(id, dimension, "Text of " + id, List.of(Tier.STAFF), List.of(), weight);
  }

  private static MaturityModel model(String version, List<Question> questions, double weightB) {
    return new MaturityModel(
        "m",
        version,
        "M",
        "",
        List.of(new MaturityModel.ScaleLevel(1, "low"), new MaturityModel.ScaleLevel(2, "high")),
        60,
        List.of(),
        List.of(new Dimension("a", "A", "", 1), new Dimension("b", "B", "", weightB)),
        questions,
        List.of());
  }

  @Test
  void aDimensionComparesWhereItsQuestionIdsAreTheSameAndTheIndexWhereAllMatch() {
    MaturityModel v1 = model("1", List.of(q("a1", "a", 1), q("b1", "b", 1)), 1);
    MaturityModel reworded = model("2", List.of(q("a1", "a", 1), q("b1", "b", 1)), 1);
    MaturityModel added = model("3", List.of(q("a1", "a", 1), q("b1", "b", 1), q("b2", "b", 1)), 1);
    MaturityModel reweighted = model("4", List.of(q("a1", "a", 1), q("b1", "b", 1)), 2);
    assertThat(ModelMatch.sameIndex(v1, reworded)).isTrue();
    assertThat(ModelMatch.sameDimension(v1, added, "a")).isTrue();
    assertThat(ModelMatch.sameDimension(v1, added, "b")).isFalse();
    assertThat(ModelMatch.sameIndex(v1, added)).isFalse();
    assertThat(ModelMatch.sameDimension(v1, reweighted, "b")).isTrue();
    assertThat(ModelMatch.sameIndex(v1, reweighted)).isFalse();
    MaturityModel questionWeighted = model("5", List.of(q("a1", "a", 2), q("b1", "b", 1)), 1);
    assertThat(ModelMatch.sameDimension(v1, questionWeighted, "a")).isFalse();
    assertThat(ModelMatch.sameDimension(v1, questionWeighted, "b")).isTrue();
    assertThat(ModelMatch.sameDimension(v1, v1, "z")).isFalse();
  }
}
