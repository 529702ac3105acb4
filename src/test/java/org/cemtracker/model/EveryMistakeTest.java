package org.cemtracker.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 18, item 2: every mistake at once, standard YAML aliases, duplicate models refused. */
class EveryMistakeTest {

  private static final Path FIXTURES = Path.of("src/test/resources/models");
  private final ModelReader reader = new ModelReader();

  private static String small() throws IOException {
    return Files.readString(FIXTURES.resolve("valid-small.yaml"));
  }

  @Test
  void theSchemasMistakesAndTheRulesAreToldTogether() throws IOException {
    String yaml =
        small()
            .replace("{id: d, name: Dimension, weight: 2}", "{id: d, name: Dimension, weight: -2}")
            .replace("    dimension: d\n", "    dimension: elsewhere\n");
    ModelFile file = reader.read("two-mistakes.yaml", yaml);
    assertThat(file.valid()).isFalse();
    assertThat(file.problems())
        .extracting(ModelProblem::toString)
        .anySatisfy(p -> assertThat(p).startsWith("two-mistakes.yaml:12: dimensions[0].weight:"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith("two-mistakes.yaml:15: questions[0].dimension:")
                    .contains("'elsewhere'"));
  }

  @Test
  void aRuleIsNotToldAgainForAFieldTheSchemaRefused() throws IOException {
    // level "two" breaks the schema; the rule on level numbering would only repeat it
    ModelFile file =
        reader.read(
            "s.yaml", small().replace("{level: 2, label: Middle}", "{level: two, label: Middle}"));
    assertThat(file.problems()).extracting(ModelProblem::field).containsExactly("scale[1].level");
  }

  @Test
  void anchorsAndAliasesAreReadAsStandardYaml() throws IOException {
    String yaml =
        small()
                .replace(
                    "    anchors: [low, middle, high]\n",
                    "    anchors: &usual [low, middle, high]\n")
            + "  - id: q2\n"
            + "    dimension: d\n"
            + "    text: Another question?\n"
            + "    tiers: [STAFF]\n"
            + "    anchors: *usual\n";
    ModelFile file = reader.read("aliases.yaml", yaml);
    assertThat(file.problems()).isEmpty();
    MaturityModel model = file.model().orElseThrow();
    assertThat(model.questions().get(1).anchors())
        .containsExactly("low", "middle", "high")
        .isEqualTo(model.questions().get(0).anchors());
  }

  @Test
  void twoFilesWithTheSameModelAndVersionAreBothRefusedNamingEachOther() throws IOException {
    ModelFile a = reader.read("CEM_MODELS_DIR/a.yaml", small());
    ModelFile b = reader.read("CEM_MODELS_DIR/b.yaml", small());
    ModelFile newer =
        reader.read(
            "CEM_MODELS_DIR/c.yaml", small().replace("version: \"2.1\"", "version: \"2.2\""));
    List<ModelFile> checked = Duplicates.refuse(List.of(a, b, newer));
    assertThat(checked.get(0).valid()).isFalse();
    assertThat(checked.get(1).valid()).isFalse();
    assertThat(checked.get(0).problems().get(0).toString())
        .isEqualTo(
            "CEM_MODELS_DIR/a.yaml:1: id: model small version 2.1 is also in CEM_MODELS_DIR/b.yaml:"
                + " neither is loaded; give one another id or raise its version");
    assertThat(checked.get(1).problems().get(0).message()).contains("CEM_MODELS_DIR/a.yaml");
    assertThat(checked.get(2).valid()).isTrue();
  }

  @Test
  void aFolderIsNamedByItsLabelNeverByWhereTheServerKeepsIt() {
    List<ModelFile> files =
        ModelCatalogue.readFolder(reader, FIXTURES.toAbsolutePath(), "CEM_MODELS_DIR");
    assertThat(files)
        .allSatisfy(
            f -> assertThat(f.file()).startsWith("CEM_MODELS_DIR/").doesNotContain("/src/"));
    assertThat(files)
        .flatExtracting(ModelFile::problems)
        .allSatisfy(
            p -> assertThat(p.toString()).doesNotContain(FIXTURES.toAbsolutePath().toString()));
  }

  /** Aliases of aliases could expand a small file without end: it is refused as it is. */
  @Test
  void aFileOfAliasesOfAliasesIsRefusedWithoutExpandingIt() {
    StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i <= 9; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      yaml.append("]\n");
    }
    ModelFile file = reader.read("laughs.yaml", yaml.toString());
    assertThat(file.valid()).isFalse();
    // either the expansion is cut off or never happens: a few problems, not a billion values
    assertThat(file.problems()).hasSizeLessThan(30);
  }
}
