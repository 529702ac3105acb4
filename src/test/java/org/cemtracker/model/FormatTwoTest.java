package org.cemtracker.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cemtracker.model.MaturityModel.Question;
import org.junit.jupiter.api.Test;

/** Issue 18, item 1: format 2 read, checked, translated and kept in a campaign's snapshot. */
class FormatTwoTest {

  private static final Path FIXTURES = Path.of("src/test/resources/models");
  private final ModelReader reader = new ModelReader();

  private static String fixture(String name) throws IOException {
    return Files.readString(FIXTURES.resolve(name));
  }

  private MaturityModel formatTwo() throws IOException {
    ModelFile file = reader.read("format-two.yaml", fixture("format-two.yaml"));
    assertThat(file.problems()).isEmpty();
    return file.model().orElseThrow();
  }

  private List<String> problems(String name, String yaml) {
    return reader.read(name, yaml).problems().stream().map(ModelProblem::toString).toList();
  }

  @Test
  void answerSetsGroupsAndQuestionFieldsAreRead() throws IOException {
    MaturityModel model = formatTwo();
    assertThat(model.format()).isEqualTo(2);
    Question listen = model.question("p-listen-1").orElseThrow();
    assertThat(listen.answerSet()).isEqualTo("practice");
    assertThat(listen.answers())
        .extracting(MaturityModel.ScaleLevel::value)
        .containsExactly(0.0, 0.25, 0.5, 1.0);
    assertThat(listen.anchors()).first().isEqualTo("Nothing of the practice exists.");
    assertThat(listen.externalId()).isEqualTo("CI-1.1");
    assertThat(listen.criteria()).startsWith("Counts only if");
    // a question on the model's scale takes its labels as anchors; values default to 1 … L
    Question share = model.question("p-share-1").orElseThrow();
    assertThat(model.answersOf(share))
        .extracting(MaturityModel.ScaleLevel::value)
        .containsExactly(1.0, 2.0, 3.0, 4.0, 5.0);
    assertThat(share.anchors()).first().isEqualTo("Strongly disagree");
    assertThat(model.question("p-share-2").orElseThrow().reversed()).isTrue();
    // a question's own levels, evenly spaced by default
    assertThat(model.pointsOf(model.question("p-design-1").orElseThrow()))
        .containsExactly(0.0, 50.0, 100.0);
    assertThat(model.pointsOf(listen)).containsExactly(0.0, 25.0, 50.0, 100.0);
    assertThat(model.pointsOf(model.question("p-share-2").orElseThrow()))
        .containsExactly(100.0, 75.0, 50.0, 25.0, 0.0);
    assertThat(model.dimensionsOf("delivery"))
        .extracting(MaturityModel.Dimension::id)
        .containsExactly("design", "fix");
    assertThat(model.stages().get(2).minDimension()).isEqualTo(40.0);
    assertThat(model.stages().get(3).minimums()).containsEntry("delivery", 75.0);
  }

  @Test
  void aFormatTwoModelSurvivesTheCampaignSnapshot() throws IOException {
    MaturityModel model = formatTwo();
    assertThat(ModelJson.read(ModelJson.write(model))).isEqualTo(model);
  }

  @Test
  void aSnapshotWrittenBeforeFormatTwoStillReads() throws IOException {
    String old =
        ModelJson.write(reader.read("valid-small.yaml", fixture("valid-small.yaml")).model().get())
            .replaceAll(",\"value\":[0-9.]+", "")
            .replaceAll(",\"format\":1", "");
    assertThat(old).doesNotContain("\"value\"").doesNotContain("\"format\"");
    MaturityModel model = ModelJson.read(old);
    assertThat(model.format()).isEqualTo(1);
    assertThat(model.scale())
        .extracting(MaturityModel.ScaleLevel::value)
        .containsExactly(1.0, 2.0, 3.0);
  }

  @Test
  void formatOneFilesRefuseTheFieldsOfFormatTwo() throws IOException {
    String yaml =
        fixture("valid-small.yaml").replace("    anchors:", "    reversed: true\n    anchors:");
    assertThat(problems("one.yaml", yaml))
        .anySatisfy(p -> assertThat(p).contains("questions[0].reversed").contains("format: 2"));
  }

  @Test
  void mistakesOfFormatTwoAreNamed() throws IOException {
    String yaml =
        fixture("format-two.yaml")
            .replaceFirst("answers: practice", "answers: practise")
            .replace("{label: Partly, value: 0.25,", "{label: Partly, value: 0,")
            .replace("group: delivery}", "group: deliver}")
            .replace("minimums: {delivery: 75}", "minimums: {delivery: 75, nowhere: 10}");
    List<String> problems = problems("broken.yaml", yaml);
    assertThat(problems)
        .anySatisfy(p -> assertThat(p).contains("answer set 'practise'"))
        .anySatisfy(p -> assertThat(p).contains("answerSets.practice[1].value").contains("rise"))
        .anySatisfy(p -> assertThat(p).contains("group 'deliver'"))
        .anySatisfy(p -> assertThat(p).contains("'nowhere'"));
  }

  @Test
  void translationsCarryTheAnswerSetsGroupsAndCriteria() throws IOException {
    MaturityModel german = formatTwo().in("de");
    Question listen = german.question("p-listen-1").orElseThrow();
    assertThat(listen.answers())
        .first()
        .extracting(MaturityModel.ScaleLevel::label)
        .isEqualTo("Nicht vorhanden");
    assertThat(listen.anchors()).first().isEqualTo("Von der Praxis gibt es nichts.");
    assertThat(listen.criteria()).startsWith("Zählt nur");
    assertThat(german.question("p-share-1").orElseThrow().anchors())
        .first()
        .isEqualTo("Stimme gar nicht zu");
    assertThat(german.question("p-design-1").orElseThrow().anchors())
        .containsExactly("Nie", "Manchmal", "Immer");
    assertThat(german.group("delivery").orElseThrow().name()).isEqualTo("Umsetzung");
    for (Question q : formatTwo().questions()) {
      assertThat(german.pointsOf(german.question(q.id()).orElseThrow()))
          .isEqualTo(formatTwo().pointsOf(q));
    }
  }

  @Test
  void anIncompleteTranslationOfFormatTwoIsRefused() throws IOException {
    String yaml =
        fixture("format-two.yaml")
            .replace(
                "      delivery: {name: Umsetzung, description: Nach dem Gewussten handeln.}\n", "")
            .replace("        answers: [{label: Nie}, {label: Manchmal}, {label: Immer}]\n", "")
            .replace(
                "        criteria: Zählt nur, wenn die Rückmeldung das Team erreicht, dem der"
                    + " Kontaktpunkt gehört.\n",
                "")
            .replace(", anchor: Einige Teams tun es manchmal.", "");
    List<String> problems = problems("de.yaml", yaml);
    assertThat(problems)
        .anySatisfy(p -> assertThat(p).contains("lacks group delivery"))
        .anySatisfy(p -> assertThat(p).contains("p-design-1").contains("3 levels"))
        .anySatisfy(p -> assertThat(p).contains("p-listen-1 lacks its criteria"))
        .anySatisfy(p -> assertThat(p).contains("level 2 lacks its anchor"));
  }

  /** Found in review: half-readable translations and infinite values are told, never thrown. */
  @Test
  void unreadableLevelsAndInfiniteValuesAreToldNotThrown() throws IOException {
    String yaml =
        fixture("format-two.yaml")
            .replace(
                "        - {label: Teilweise, anchor: Einige Teams tun es manchmal.}",
                "        - ~")
            .replace("{label: Fully, value: 1,", "{label: Fully, value: 1e999,");
    List<String> problems = problems("odd.yaml", yaml);
    assertThat(problems)
        .anySatisfy(p -> assertThat(p).contains("translations.de.answerSets.practice[1]"))
        .anySatisfy(p -> assertThat(p).contains("answerSets.practice[3].value").contains("finite"));
  }
}
