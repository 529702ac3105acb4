package org.cemtracker.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ModelReaderTest {

  private static final Path FIXTURES = Path.of("src/test/resources/models");
  private final ModelReader reader = new ModelReader();

  private ModelFile read(String name) throws IOException {
    return reader.read(name, Files.readString(FIXTURES.resolve(name)));
  }

  @Test
  void everyShippedModelLoadsWithoutProblems() throws IOException {
    List<ModelFile> shipped =
        ModelCatalogue.readFolder(reader, Path.of("assessments"), "assessments");

    assertThat(shipped)
        .extracting(ModelFile::file)
        .contains("assessments/cem-maturity.yaml", "assessments/cem-pulse.yaml");
    assertThat(shipped).allSatisfy(f -> assertThat(f.problems()).as(f.file()).isEmpty());
  }

  @Test
  void theDefaultModelHasEightDimensionsOfFourToSixQuestionsAndTheFiveStages() throws IOException {
    MaturityModel model =
        reader
            .read("cem-maturity.yaml", Files.readString(Path.of("assessments/cem-maturity.yaml")))
            .model()
            .orElseThrow();

    assertThat(model.dimensions()).hasSize(8);
    model
        .dimensions()
        .forEach(d -> assertThat(model.questionsOf(d.id())).as(d.id()).hasSizeBetween(4, 6));
    assertThat(model.stages())
        .extracting(MaturityModel.Stage::name)
        .containsExactly(
            "Bolt-on CX",
            "Departmental CX",
            "Cross-functional CX",
            "Managed CEM",
            "CEM orientation");
    assertThat(model.stages())
        .extracting(MaturityModel.Stage::min)
        .containsExactly(0.0, 20.0, 40.0, 60.0, 80.0);
    assertThat(model.stages().get(3).minReach()).isEqualTo(0.5);
    assertThat(model.stages().get(4).maxBoltOnGap()).isEqualTo(10.0);
    assertThat(model.cemLine()).isEqualTo(60);
    for (MaturityModel.Dimension d : model.dimensions()) {
      for (int stage = 1; stage <= 5; stage++) {
        int s = stage;
        assertThat(model.recommendations())
            .as(d.id() + " stage " + s)
            .filteredOn(r -> r.dimension().equals(d.id()) && r.stage() == s)
            .hasSizeBetween(2, 3);
      }
    }
    assertThat(model.questionsFor(Tier.LEADERSHIP)).isNotEmpty();
    assertThat(model.questionsFor(Tier.STAFF)).isNotEmpty();
  }

  @Test
  void thePulseModelReusesTheDefaultModelsQuestionIds() throws IOException {
    MaturityModel full =
        reader
            .read("f", Files.readString(Path.of("assessments/cem-maturity.yaml")))
            .model()
            .orElseThrow();
    MaturityModel pulse =
        reader
            .read("p", Files.readString(Path.of("assessments/cem-pulse.yaml")))
            .model()
            .orElseThrow();

    Set<String> fullIds =
        full.questions().stream().map(MaturityModel.Question::id).collect(Collectors.toSet());
    assertThat(pulse.questions()).hasSizeBetween(10, 14);
    assertThat(pulse.questions()).allSatisfy(q -> assertThat(fullIds).contains(q.id()));
  }

  @Test
  void readsAValidModelWithItsDefaults() throws IOException {
    ModelFile file = read("valid-small.yaml");

    MaturityModel model = file.model().orElseThrow();
    assertThat(model.levels()).isEqualTo(3);
    assertThat(model.cemLine()).isEqualTo(60);
    assertThat(model.dimensions().get(0).weight()).isEqualTo(2);
    assertThat(model.questions().get(0).weight()).isEqualTo(1);
    assertThat(model.stages().get(1).minReach()).isEqualTo(0.5);
    assertThat(model.stages().get(1).maxBoltOnGap()).isNull();
  }

  @Test
  void aYamlSyntaxErrorNamesTheLine() throws IOException {
    ModelFile file = read("bad-yaml.yaml");

    assertThat(file.valid()).isFalse();
    assertThat(file.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo("bad-yaml.yaml");
              assertThat(p.line()).isBetween(4, 5);
              assertThat(p.message()).startsWith("not valid YAML");
            });
  }

  @Test
  void aMissingFieldIsNamedWithItsLine() throws IOException {
    ModelFile file = read("missing-text.yaml");

    assertThat(file.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(13);
              assertThat(p.field()).isEqualTo("questions[0]");
              assertThat(p.message()).contains("text");
            });
  }

  @Test
  void oneAnchorPerLevelIsRequired() throws IOException {
    ModelFile file = read("wrong-anchors.yaml");

    assertThat(file.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(23);
              assertThat(p.field()).isEqualTo("questions[1].anchors");
              assertThat(p.message()).contains("q2").contains("3 anchors").contains("4 levels");
            });
  }

  @Test
  void reportsEveryProblemOfAFileAtOnce() throws IOException {
    ModelFile file = read("unknown-dimension.yaml");

    assertThat(file.problems())
        .extracting(ModelProblem::message)
        .anySatisfy(m -> assertThat(m).contains("'q1' is used twice"))
        .anySatisfy(m -> assertThat(m).contains("dimension 'elsewhere'"));
    assertThat(file.problems()).allSatisfy(p -> assertThat(p.line()).isEqualTo(14));
  }

  @Test
  void unknownTiersAndWeightsNotAboveZeroBreakTheSchema() throws IOException {
    ModelFile file = read("bad-tier-and-weight.yaml");

    assertThat(file.problems())
        .extracting(ModelProblem::field)
        .contains("dimensions[0].weight", "questions[0].tiers[0]");
    assertThat(file.problems()).extracting(ModelProblem::line).contains(11, 13);
  }

  @Test
  void stageBandsMustAscendFromZero() throws IOException {
    ModelFile file = read("stages-not-ascending.yaml");

    assertThat(file.problems())
        .extracting(ModelProblem::field)
        .containsExactly("stages[0].min", "stages[2].min");
    assertThat(file.problems()).extracting(ModelProblem::line).containsExactly(9, 11);
  }

  @Test
  void aScaleNeedsThreeToSevenLevels() throws IOException {
    ModelFile file = read("two-levels.yaml");

    assertThat(file.problems()).extracting(ModelProblem::field).contains("scale");
    assertThat(file.problems())
        .extracting(ModelProblem::toString)
        .anySatisfy(s -> assertThat(s).startsWith("two-levels.yaml:4: scale:"));
  }

  @Test
  void aFolderWithAnInvalidFileStillLoadsTheOthers() {
    List<ModelFile> files = ModelCatalogue.readFolder(reader, FIXTURES, "fixtures");

    assertThat(files)
        .filteredOn(ModelFile::valid)
        .extracting(f -> f.model().orElseThrow().id())
        .containsExactlyInAnyOrder("format-two", "scoring-fixture", "small", "small");
    assertThat(files).filteredOn(f -> !f.valid()).hasSize(7);
  }

  @Test
  void versionsCompareNumerically() {
    assertThat(ModelCatalogue.compareVersions("1.10.0", "1.9.9")).isPositive();
    assertThat(ModelCatalogue.compareVersions("2.0", "2.0.0")).isZero();
  }
}
