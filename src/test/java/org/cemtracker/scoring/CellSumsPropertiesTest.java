package org.cemtracker.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cemtracker.model.Tier;
import org.junit.jupiter.api.Test;

/**
 * The per-cell aggregates as the submit path keeps them — read from their text, one response added,
 * written back, response after response — equal the sums recomputed from all the raw answers at
 * once, in any order of submission.
 */
class CellSumsPropertiesTest {

  @Property(tries = 200)
  void sumsKeptSubmissionBySubmissionEqualARecomputationFromTheRawAnswers(
      @ForAll("cases") ScoringPropertiesTest.Case c) {
    ScoringModel model = new ScoringModel(c.model());
    Map<Cell, String> stored = new HashMap<>();
    for (Answers answers : c.answers()) {
      Cell cell = new Cell(answers.unitId(), answers.tier());
      CellSums sums =
          stored.containsKey(cell)
              ? CellSums.decode(model, cell.tier(), stored.get(cell))
              : CellSums.empty(model, cell.tier());
      sums.add(model, answers);
      stored.put(cell, sums.encode());
    }
    Cells kept = new Cells(model);
    stored.forEach((cell, text) -> kept.put(cell, CellSums.decode(model, cell.tier(), text)));
    Cells recomputed = new Cells(model);
    for (Answers answers : c.answers()) {
      int[] levels = model.levels(answers);
      recomputed.sums(new Cell(answers.unitId(), answers.tier())).add(model, levels);
    }

    assertThat(kept.sameAs(recomputed)).isTrue();
    assertThat(kept.sameAs(Cells.of(model, c.answers()))).isTrue();
  }

  @Provide
  Arbitrary<ScoringPropertiesTest.Case> cases() {
    return new ScoringPropertiesTest().cases();
  }

  @Test
  void storedSumsOfAnotherModelOrFormatAreRefused() {
    ScoringModel one = new ScoringModel(TestModels.oneQuestion(5));
    String text = CellSums.empty(one, Tier.STAFF).encode();
    ScoringModel two =
        new ScoringModel(
            TestModels.model(5, Map.of("d", Map.entry(1.0, Map.of("q", 1.0, "r", 1.0, "s", 1.0)))));

    assertThatThrownBy(() -> CellSums.decode(two, Tier.STAFF, text))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CellSums.decode(one, Tier.STAFF, "9 " + text.substring(2)))
        .hasMessageContaining("unknown format");
  }
}
