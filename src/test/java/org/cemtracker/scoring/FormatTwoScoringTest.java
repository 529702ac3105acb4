package org.cemtracker.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.model.MaturityModel.Question;
import org.cemtracker.model.MaturityModel.ScaleLevel;
import org.cemtracker.model.ModelReader;
import org.cemtracker.model.Tier;
import org.junit.jupiter.api.Test;

/** Issue 18, item 1: level values, reverse keying, dimension groups and stage rules on them. */
class FormatTwoScoringTest {

  private static final List<Unit> UNITS =
      List.of(
          new Unit("u0", null, "Sales", 40, true),
          new Unit("u1", "u0", "Sales/Ops", 25, false),
          new Unit("u2", null, "Finance", 15, false));

  private static final Comparator<Double> CLOSE =
      (a, b) -> Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)) ? 0 : Double.compare(a, b);

  private static MaturityModel formatTwo() throws IOException {
    return new ModelReader()
        .read(
            "format-two.yaml",
            Files.readString(Path.of("src/test/resources/models/format-two.yaml")))
        .model()
        .orElseThrow();
  }

  /** The README's worked example, by hand. */
  @Test
  void answersCountByTheirLevelsValues() throws IOException {
    ScoringModel scoring = new ScoringModel(formatTwo());
    Tally group = scoring.newTally();
    for (Answers a :
        List.of(
            new Answers(
                "u0",
                Tier.STAFF,
                Map.of("p-listen-1", 2, "p-listen-2", 3, "p-share-1", 4, "p-share-2", 2)),
            new Answers("u0", Tier.STAFF, Map.of("p-listen-1", 4, "p-listen-2", 3)))) {
      int[] levels = scoring.levels(a);
      group.add(levels, scoring.ownScore(levels));
    }
    Double[] dimensions = scoring.dimensionScores(group);
    // p-listen-1: Partly (0.25) and Fully (1) → 25 and 100 points, mean 62.5; p-listen-2 (weight
    // 2): Largely twice → 50; listen = (62.5 + 2 × 50) / 3
    assertThat(dimensions[0]).isCloseTo((62.5 + 2 * 50) / 3, within(1e-9));
    // p-share-1: Agree on 1–5 → 75; p-share-2 reverse-keyed: Disagree → 100 − 25 = 75
    assertThat(dimensions[1]).isCloseTo(75, within(1e-9));
    assertThat(dimensions[2]).isNull();
    // the insight group: listen (weight 1) and share (weight 2); delivery has no answers
    Double[] groups = scoring.groupScores(dimensions);
    assertThat(groups[0]).isCloseTo((dimensions[0] + 2 * 75) / 3, within(1e-9));
    assertThat(groups[1]).isNull();
  }

  @Test
  void theWeakestLinkAndNamedMinimumsHoldTheStageDown() throws IOException {
    MaturityModel model = formatTwo();
    Stages stages = new Stages(model);
    Map<String, Double> scores =
        new HashMap<>(Map.of("listen", 70.0, "share", 30.0, "design", 90.0, "fix", 90.0));
    scores.put("insight", 43.3);
    scores.put("delivery", 90.0);
    // index 65 lies in Managed (60), but share is below every dimension's minimum of 40
    assertThat(stages.stage(new Stages.Figures(65.0, null, null, scores)).number()).isEqualTo(2);
    scores.put("share", 45.0);
    assertThat(stages.stage(new Stages.Figures(65.0, null, null, scores)).number()).isEqualTo(3);
    // Leading needs delivery at 75: undefined or below keeps it at Managed
    scores.put("delivery", 70.0);
    assertThat(stages.stage(new Stages.Figures(85.0, null, null, scores)).number()).isEqualTo(3);
    scores.put("delivery", null);
    assertThat(stages.stage(new Stages.Figures(85.0, null, null, scores)).number()).isEqualTo(3);
    scores.put("delivery", 80.0);
    assertThat(stages.stage(new Stages.Figures(85.0, null, null, scores)).number()).isEqualTo(4);
  }

  @Test
  void groupScoresReachTheResultsAndTheStage() throws IOException {
    MaturityModel model = formatTwo();
    List<Answers> answers = new ArrayList<>();
    for (int r = 0; r < 12; r++) {
      Map<String, Integer> given = new HashMap<>();
      model.questions().forEach(q -> given.put(q.id(), model.answersOf(q).size()));
      given.put("p-share-2", 5); // agreeing with a reverse-keyed item: share falls to 50
      answers.add(new Answers("u" + (r % 3), Tier.values()[r % 3], given));
    }
    Results r = ScoringEngine.score(model, UNITS, answers, 3);
    assertThat(r.groups())
        .extracting(Results.DimensionResult::id)
        .containsExactly("insight", "delivery");
    assertThat(r.groups().get(0).score()).isCloseTo((100 + 2 * 50) / 3.0, within(1e-9));
    assertThat(r.groups().get(1).score()).isCloseTo(100, within(1e-9));
    // the index weighs share twice: (100 + 2 × 50 + 100 + 100) / 5 = 80, Leading's band
    assertThat(r.cemIndex()).isCloseTo(80, within(1e-9));
    assertThat(r.stage().number()).isEqualTo(4);
  }

  /** A format-2 model whose values are evenly spaced scores exactly as its format-1 twin. */
  @Property(tries = 80)
  void evenlySpacedValuesScoreAsFormatOne(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 30) int respondents) {
    Random random = new Random(seed);
    MaturityModel one = randomModel(random);
    double offset = random.nextInt(21) - 10;
    double step = 0.1 + random.nextInt(40) / 4.0;
    List<ScaleLevel> spaced = new ArrayList<>();
    one.scale()
        .forEach(
            l -> spaced.add(new ScaleLevel(l.level(), l.label(), offset + step * l.level(), null)));
    Map<String, List<ScaleLevel>> sets = Map.of("spaced", spaced);
    List<Question> questions = new ArrayList<>();
    for (Question q : one.questions()) {
      boolean named = random.nextBoolean();
      questions.add(
          new Question(
              q.id(),
              q.dimension(),
              q.text(),
              q.tiers(),
              q.anchors(),
              q.weight(),
              named ? "spaced" : null,
              spaced,
              false,
              null,
              null));
    }
    MaturityModel two = withQuestions(one, questions, sets);
    List<Answers> answers = randomAnswers(one, respondents, random, Map.of());
    assertThat(ScoringEngine.score(two, UNITS, answers, 3))
        .usingRecursiveComparison()
        .withComparatorForType(CLOSE, Double.class)
        .isEqualTo(ScoringEngine.score(one, UNITS, answers, 3));
  }

  /** A reversed item answered the other way round scores as the item did; twice is the identity. */
  @Property(tries = 80)
  void reversingAnItemMirrorsItsAnswers(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 30) int respondents) {
    Random random = new Random(seed);
    MaturityModel one = randomModel(random);
    List<Question> questions = new ArrayList<>();
    Map<String, Integer> mirrored = new LinkedHashMap<>();
    for (Question q : one.questions()) {
      boolean reverse = random.nextBoolean();
      if (reverse) {
        mirrored.put(q.id(), one.levels());
      }
      questions.add(reversed(q, reverse));
    }
    MaturityModel two = withQuestions(one, questions, Map.of());
    long answerSeed = random.nextLong();
    List<Answers> plain = randomAnswers(one, respondents, new Random(answerSeed), Map.of());
    List<Answers> mirror = randomAnswers(one, respondents, new Random(answerSeed), mirrored);
    assertThat(ScoringEngine.score(two, UNITS, mirror, 3))
        .usingRecursiveComparison()
        .ignoringFields("questions")
        .withComparatorForType(CLOSE, Double.class)
        .isEqualTo(ScoringEngine.score(one, UNITS, plain, 3));
    List<Question> twice = new ArrayList<>();
    questions.forEach(q -> twice.add(reversed(reversed(q, true), true)));
    MaturityModel back = withQuestions(one, twice, Map.of());
    for (int q = 0; q < questions.size(); q++) {
      assertThat(back.pointsOf(twice.get(q))).isEqualTo(two.pointsOf(questions.get(q)));
    }
    ScoringModel scoring = new ScoringModel(two);
    int[] levels =
        scoring.levels(plain.isEmpty() ? new Answers("u0", Tier.STAFF, Map.of()) : plain.get(0));
    assertThat(scoring.keyed(scoring.keyed(levels))).isEqualTo(levels);
  }

  private static Question reversed(Question q, boolean toggle) {
    return new Question(
        q.id(),
        q.dimension(),
        q.text(),
        q.tiers(),
        q.anchors(),
        q.weight(),
        q.answerSet(),
        q.answers(),
        toggle != q.reversed(),
        q.criteria(),
        q.externalId());
  }

  private static MaturityModel randomModel(Random random) {
    int levels = 3 + random.nextInt(5);
    Map<String, Map.Entry<Double, Map<String, Double>>> dimensions = new LinkedHashMap<>();
    int dims = 1 + random.nextInt(4);
    for (int d = 0; d < dims; d++) {
      Map<String, Double> questions = new LinkedHashMap<>();
      int n = 1 + random.nextInt(4);
      for (int q = 0; q < n; q++) {
        questions.put("q" + d + "-" + q, 0.5 + random.nextInt(4) / 2.0);
      }
      dimensions.put("d" + d, Map.entry(0.5 + random.nextInt(4) / 2.0, questions));
    }
    return TestModels.model(levels, dimensions);
  }

  private static MaturityModel withQuestions(
      MaturityModel m, List<Question> questions, Map<String, List<ScaleLevel>> sets) {
    return new MaturityModel(
        m.id(),
        m.version(),
        m.title(),
        m.description(),
        m.language(),
        m.scale(),
        m.cemLine(),
        m.stages(),
        m.dimensions(),
        questions,
        m.recommendations(),
        m.translations(),
        2,
        sets,
        List.of());
  }

  /** Random answers; a question in {@code mirrored} (with its L) is answered L + 1 − l instead. */
  private static List<Answers> randomAnswers(
      MaturityModel model, int respondents, Random random, Map<String, Integer> mirrored) {
    List<Answers> answers = new ArrayList<>();
    for (int r = 0; r < respondents; r++) {
      Tier tier = Tier.values()[random.nextInt(3)];
      String unit = "u" + random.nextInt(3);
      Map<String, Integer> given = new HashMap<>();
      for (Question q : model.questions()) {
        int level = 1 + random.nextInt(model.levels());
        if (random.nextInt(6) > 0) {
          given.put(
              q.id(), mirrored.containsKey(q.id()) ? mirrored.get(q.id()) + 1 - level : level);
        }
      }
      answers.add(new Answers(unit, tier, given));
    }
    return answers;
  }
}
