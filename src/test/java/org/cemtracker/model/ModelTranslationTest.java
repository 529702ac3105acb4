package org.cemtracker.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.cemtracker.scoring.Answers;
import org.cemtracker.scoring.Results;
import org.cemtracker.scoring.ScoringEngine;
import org.cemtracker.scoring.Unit;
import org.junit.jupiter.api.Test;

/** Models in several languages: complete translations, and the same scores in every language. */
class ModelTranslationTest {

  private final ModelReader reader = new ModelReader();

  private MaturityModel shipped(String name) throws IOException {
    ModelFile file = reader.read(name, Files.readString(Path.of("assessments", name)));
    assertThat(file.problems()).isEmpty();
    return file.model().orElseThrow();
  }

  @Test
  void theShippedModelsAreCompleteInGermanAndFrench() throws IOException {
    for (String name : List.of("cem-maturity.yaml", "cem-pulse.yaml")) {
      MaturityModel model = shipped(name);
      assertThat(model.languages()).containsExactly("en", "de", "fr");
      for (String language : List.of("de", "fr")) {
        MaturityModel translated = model.in(language);
        assertThat(translated.language()).isEqualTo(language);
        assertThat(translated.title()).isNotEqualTo(model.title());
        for (int i = 0; i < model.questions().size(); i++) {
          MaturityModel.Question original = model.questions().get(i);
          MaturityModel.Question other = translated.questions().get(i);
          assertThat(other.id()).isEqualTo(original.id());
          assertThat(other.weight()).isEqualTo(original.weight());
          assertThat(other.tiers()).isEqualTo(original.tiers());
          assertThat(other.text()).as(original.id()).isNotEqualTo(original.text());
          assertThat(other.anchors()).hasSameSizeAs(original.anchors());
        }
        assertThat(translated.scale().get(0).label()).isNotEqualTo(model.scale().get(0).label());
      }
      // a language the model does not have gives the model as it is
      assertThat(model.in("es")).isSameAs(model);
    }
  }

  @Test
  void aTranslationSurvivesTheCampaignSnapshot() throws IOException {
    MaturityModel model = shipped("cem-pulse.yaml");
    MaturityModel again = ModelJson.read(ModelJson.write(model));
    assertThat(again.languages()).containsExactly("en", "de", "fr");
    assertThat(again.in("de").questions().get(0).text())
        .isEqualTo(model.in("de").questions().get(0).text());
  }

  @Test
  void anIncompleteTranslationIsRefusedNamingWhatItLacksAndWhere() throws IOException {
    String yaml = Files.readString(Path.of("assessments", "cem-pulse.yaml"));
    // German loses one question and one anchor of another, and gains an unknown question
    int de = yaml.indexOf("\n  de:\n");
    String german = yaml.substring(de);
    String broken =
        yaml.substring(0, de)
            + german
                .replaceFirst("\n      lead-1:\n", "\n      ghost-1:\n")
                .replaceFirst("(\n      reach-1:\n[^\n]*\n[^\n]*\n)[^\n]*\n", "$1");
    ModelFile file = reader.read("cem-pulse.yaml", broken);
    assertThat(file.model()).isEmpty();
    List<String> problems =
        file.problems().stream().map(p -> p.field() + ": " + p.message()).toList();
    assertThat(problems)
        .anyMatch(
            p -> p.startsWith("translations.de.questions: ") && p.contains("lacks question lead-1"))
        .anyMatch(
            p ->
                p.startsWith("translations.de.questions.ghost-1: ")
                    && p.contains("not in the model"))
        .anyMatch(
            p ->
                p.startsWith("translations.de.questions.reach-1.anchors: ")
                    && p.contains("4 anchors"));
    assertThat(file.problems()).allMatch(p -> p.line() > 1 && p.file().equals("cem-pulse.yaml"));
  }

  @Test
  void aBlankTranslatedTextIsRefusedWhereItIs() throws IOException {
    String yaml = Files.readString(Path.of("assessments", "cem-pulse.yaml"));
    int de = yaml.indexOf("\n  de:\n");
    String broken =
        yaml.substring(0, de)
            + yaml.substring(de)
                .replaceFirst("(\n      lead-1:\n        text: )[^\n]*", "$1\"   \"");
    ModelFile file = reader.read("cem-pulse.yaml", broken);
    assertThat(file.model()).isEmpty();
    assertThat(file.problems())
        .anyMatch(p -> p.field().equals("translations.de.questions.lead-1.text"));
  }

  @Test
  void aTranslationIntoTheModelsOwnLanguageIsRefused() throws IOException {
    String yaml = Files.readString(Path.of("assessments", "cem-pulse.yaml"));
    ModelFile file = reader.read("p.yaml", yaml.replace("\nlanguage: en\n", "\nlanguage: de\n"));
    assertThat(file.problems())
        .anyMatch(p -> p.field().equals("translations.de") && p.message().contains("own language"));
  }

  /** Scoring reads ids and levels only: the same answers give the same figures in any language. */
  @Property(tries = 60)
  void answersScoreTheSameInEveryLanguage(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int respondents) throws IOException {
    MaturityModel model = shipped("cem-maturity.yaml");
    Random random = new Random(seed);
    List<Unit> units =
        List.of(
            new Unit("u0", null, "Sales", 50, true), new Unit("u1", "u0", "Sales/Ops", 20, false));
    List<Answers> answers = new ArrayList<>();
    for (int r = 0; r < respondents; r++) {
      Map<String, Integer> given = new HashMap<>();
      Tier tier = Tier.values()[random.nextInt(3)];
      for (MaturityModel.Question q : model.questionsFor(tier)) {
        if (random.nextInt(5) > 0) {
          given.put(q.id(), 1 + random.nextInt(model.levels()));
        }
      }
      answers.add(new Answers("u" + random.nextInt(2), tier, given));
    }
    Results english = ScoringEngine.score(model, units, answers, 3);
    for (String language : List.of("de", "fr")) {
      Results other = ScoringEngine.score(model.in(language), units, answers, 3);
      assertThat(other)
          .usingRecursiveComparison()
          .ignoringFieldsMatchingRegexes(".*name")
          .isEqualTo(english);
    }
  }
}
