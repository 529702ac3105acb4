package org.cemtracker.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.model.Tier;
import org.junit.jupiter.api.Test;

class InstrumentQualityTest {

  /** 30 staff respondents × items x, y, z; x and y move together, z does not. */
  static final int[][] ROWS = {
    {3, 3, 1}, {1, 1, 5}, {1, 1, 1}, {5, 3, 2}, {2, 1, 5}, {1, 2, 5}, {2, 1, 2}, {1, 1, 4},
    {1, 3, 3}, {5, 4, 5}, {5, 5, 1}, {4, 5, 1}, {5, 5, 5}, {4, 4, 5}, {4, 4, 2}, {2, 1, 5},
    {4, 3, 4}, {2, 2, 5}, {4, 4, 2}, {5, 3, 1}, {5, 5, 3}, {5, 5, 4}, {1, 1, 4}, {1, 2, 3},
    {5, 5, 4}, {2, 3, 3}, {1, 2, 1}, {2, 1, 2}, {5, 4, 1}, {3, 2, 5}
  };

  private static MaturityModel model() {
    Map<String, Map.Entry<Double, Map<String, Double>>> dims = new LinkedHashMap<>();
    Map<String, Double> items = new LinkedHashMap<>();
    items.put("x", 1.0);
    items.put("y", 1.0);
    items.put("z", 1.0);
    dims.put("d", Map.entry(1.0, items));
    return TestModels.model(5, dims);
  }

  private static List<Answers> answers(int[][] rows, Tier tier) {
    List<Answers> answers = new ArrayList<>();
    for (int[] row : rows) {
      Map<String, Integer> levels = new HashMap<>();
      levels.put("x", row[0]);
      levels.put("y", row[1]);
      levels.put("z", row[2]);
      answers.add(new Answers("u", tier, levels));
    }
    return answers;
  }

  @Test
  void computesAlphaAndCorrectedItemTotalCorrelations() {
    // worked out independently: α = 3/2 · (1 − Σ sᵢ² / s_T²) = 0.3843;
    // r(x, y+z) = 0.5120, r(y, x+z) = 0.5272, r(z, x+y) = −0.1621
    List<InstrumentQuality.DimensionQuality> quality =
        InstrumentQuality.of(model(), answers(ROWS, Tier.STAFF));

    assertThat(quality)
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.tier()).isEqualTo(Tier.STAFF);
              assertThat(q.respondents()).isEqualTo(30);
              assertThat(q.alpha()).isCloseTo(0.3843, within(0.0005));
              assertThat(q.weak()).isTrue();
              assertThat(q.items())
                  .extracting(InstrumentQuality.ItemFit::correctedItemTotal)
                  .satisfiesExactly(
                      r -> assertThat(r).isCloseTo(0.5120, within(0.0005)),
                      r -> assertThat(r).isCloseTo(0.5272, within(0.0005)),
                      r -> assertThat(r).isCloseTo(-0.1621, within(0.0005)));
              assertThat(q.items())
                  .filteredOn(InstrumentQuality.ItemFit::weak)
                  .extracting(InstrumentQuality.ItemFit::questionId)
                  .containsExactly("z");
            });
  }

  @Test
  void identicalItemsAreFullyConsistent() {
    int[][] same = new int[30][];
    for (int i = 0; i < 30; i++) {
      int v = 1 + i % 5;
      same[i] = new int[] {v, v, v};
    }
    InstrumentQuality.DimensionQuality q =
        InstrumentQuality.of(model(), answers(same, Tier.LEADERSHIP)).get(0);
    assertThat(q.alpha()).isCloseTo(1.0, within(1e-9));
    assertThat(q.weak()).isFalse();
  }

  @Test
  void needsThirtyCompleteRespondentsOfOneTier() {
    List<Answers> answers = new ArrayList<>(answers(Arrays.copyOf(ROWS, 29), Tier.STAFF));
    answers.addAll(answers(Arrays.copyOf(ROWS, 5), Tier.MANAGEMENT));
    Map<String, Integer> dontKnow = new HashMap<>(Map.of("x", 3, "y", 3));
    answers.add(new Answers("u", Tier.STAFF, dontKnow)); // z: don't know, so not complete

    assertThat(InstrumentQuality.of(model(), answers)).isEmpty();
  }

  @Test
  void needsAtLeastKCompleteReleasedRespondentsWhenKIsAboveThirty() {
    List<Answers> answers = new ArrayList<>(answers(ROWS, Tier.STAFF));
    answers.addAll(answers(Arrays.copyOf(ROWS, 5), Tier.STAFF)); // 35 complete
    for (int i = 0; i < 10; i++) {
      answers.add(new Answers("u", Tier.STAFF, Map.of("x", 2, "y", 3))); // z: don't know
    }
    Cells cells = Cells.of(new ScoringModel(model()), answers);

    // k = 40: all 45 responses are released, but 35 complete ones are fewer than k
    Release atForty = Disclosure.release(cells.counts(), 40);
    assertThat(atForty.responses()).isEqualTo(45);
    assertThat(InstrumentQuality.of(cells, atForty)).isEmpty();
    // k = 35: shown, from the 35 complete respondents
    assertThat(InstrumentQuality.of(cells, Disclosure.release(cells.counts(), 35)))
        .singleElement()
        .satisfies(q -> assertThat(q.respondents()).isEqualTo(35));
  }

  @Test
  void withheldRespondentsCountInNoFigure() {
    List<Answers> answers = new ArrayList<>(answers(ROWS, Tier.STAFF));
    for (int[] row : Arrays.copyOf(ROWS, 3)) {
      answers.add(new Answers("small", Tier.STAFF, Map.of("x", row[0], "y", row[1], "z", row[2])));
    }
    Cells cells = Cells.of(new ScoringModel(model()), answers);
    Release release = Disclosure.release(cells.counts(), 5);

    // the 3 in "small" are withheld: the 30 of "u" alone give the figures of the first test
    assertThat(InstrumentQuality.of(cells, release))
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.respondents()).isEqualTo(30);
              assertThat(q.alpha()).isCloseTo(0.3843, within(0.0005));
            });
  }
}
