package org.cemtracker.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cemtracker.model.ModelDiff.Kind;
import org.cemtracker.model.ModelDiff.QuestionChange;
import org.junit.jupiter.api.Test;

/** Two versions of a model side by side: added, removed, reworded, and what stays comparable. */
class ModelDiffTest {

  private final ModelReader reader = new ModelReader();

  private MaturityModel read(String yaml) {
    ModelFile file = reader.read("m.yaml", yaml);
    assertThat(file.problems()).isEmpty();
    return file.model().orElseThrow();
  }

  /** The pulse model without its translations, which a renamed question would leave behind. */
  private static String shipped() throws IOException {
    String yaml = Files.readString(Path.of("assessments/cem-pulse.yaml"));
    return yaml.substring(0, yaml.indexOf("\ntranslations:") + 1);
  }

  private static QuestionChange question(ModelDiff diff, String id) {
    return diff.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aModelBesideItselfIsUnchangedAndComparableThroughout() throws IOException {
    MaturityModel model = read(shipped());
    ModelDiff diff = ModelDiff.between(model, model);
    assertThat(diff.questions())
        .hasSize(12)
        .allMatch(q -> q.kind() == Kind.UNCHANGED && q.comparable());
    assertThat(diff.dimensions()).allMatch(ModelDiff.DimensionChange::comparable);
  }

  @Test
  void addedRemovedRewordedAndReweightedQuestionsAreToldApart() throws IOException {
    String v1 = shipped();
    String v2 =
        v1.replace("version: \"1.0.0\"", "version: \"1.1.0\"")
            // reworded
            .replace(
                "text: How does your department see its own part in the customer's experience?",
                "text: How does your department see its part in the customer experience?")
            // re-weighted
            .replace(
                "  - id: cust-2\n    dimension: customer\n",
                "  - id: cust-2\n    dimension: customer\n    weight: 2\n")
            // removed, and added under another id
            .replace("  - id: meas-3\n", "  - id: meas-4\n");
    ModelDiff diff = ModelDiff.between(read(v1), read(v2));
    assertThat(diff.from()).isEqualTo("1.0.0");
    assertThat(diff.to()).isEqualTo("1.1.0");
    assertThat(question(diff, "reach-2").kind()).isEqualTo(Kind.REWORDED);
    assertThat(question(diff, "reach-2").changes()).containsExactly("text");
    assertThat(question(diff, "reach-2").comparable()).isTrue();
    assertThat(question(diff, "cust-2").kind()).isEqualTo(Kind.CHANGED);
    assertThat(question(diff, "cust-2").changes()).containsExactly("weight");
    assertThat(question(diff, "meas-4").kind()).isEqualTo(Kind.ADDED);
    assertThat(question(diff, "meas-3").kind()).isEqualTo(Kind.REMOVED);
    assertThat(question(diff, "meas-3").comparable()).isFalse();
    assertThat(diff.dimensions())
        .filteredOn(ModelDiff.DimensionChange::comparable)
        .extracting(ModelDiff.DimensionChange::id)
        .containsExactlyInAnyOrder(
            "leadership", "reach", "journey", "brand", "platform", "interface");
  }
}
