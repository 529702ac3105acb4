package org.cemtracker.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.model.ModelReader;
import org.cemtracker.model.Tier;
import org.cemtracker.scoring.Answers;
import org.cemtracker.scoring.Results;
import org.cemtracker.scoring.ScoringEngine;
import org.cemtracker.scoring.Unit;
import org.junit.jupiter.api.Test;

/** Why a stage is lower than its band: the weakest-link rule of a format 2 model named. */
class StageReasonTest {

  @Test
  void aDimensionBelowTheStagesMinimumIsNamed() throws IOException {
    MaturityModel model =
        new ModelReader()
            .read(
                "format-two.yaml",
                Files.readString(Path.of("src/test/resources/models/format-two.yaml")))
            .model()
            .orElseThrow();
    List<Answers> answers = new ArrayList<>();
    for (int r = 0; r < 9; r++) {
      Map<String, Integer> given = new HashMap<>();
      model.questions().forEach(q -> given.put(q.id(), model.answersOf(q).size()));
      given.put("p-share-1", 1);
      given.put("p-share-2", 5); // reverse-keyed: full agreement counts 0
      answers.add(new Answers("u0", Tier.values()[r % 3], given));
    }
    Results r =
        ScoringEngine.score(model, List.of(new Unit("u0", null, "Sales", 10, true)), answers, 3);
    // (100 + 2 × 0 + 100 + 100) / 5 = 60 lies in Managed, but Sharing scores 0
    assertThat(r.cemIndex()).isEqualTo(60.0);
    assertThat(r.stage().number()).isEqualTo(2);
    assertThat(StageReason.whyLower(model, r))
        .contains("Managed band")
        .contains("Sharing scores 0.0 (every dimension needs 40)")
        .endsWith("the stage needs its weakest areas raised too.");
  }
}
