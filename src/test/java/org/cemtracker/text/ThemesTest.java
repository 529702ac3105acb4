package org.cemtracker.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ThemesTest {

  /** A fixed corpus: what leaders and staff wrote about closing the loop with customers. */
  static final List<String> ENGLISH =
      List.of(
          "Complaints take weeks to resolve.",
          "Customer complaints are passed around between departments.",
          "Nobody owns a complaint from start to finish.",
          "Complaints about billing are never analysed.",
          "We get no training on handling customers.",
          "Training is only for the contact centre.",
          "More training for back-office staff would help.",
          "Customer data sits in separate systems.",
          "The data is in silos; nobody sees the whole customer.",
          "Good work by the team.");

  static final List<String> GERMAN =
      List.of(
          "Beschwerden dauern Wochen.",
          "Die Beschwerden werden nicht ausgewertet.",
          "Niemand ist für die Beschwerde zuständig.",
          "Die Schulung fehlt im Vertrieb.",
          "Mehr Schulungen für den Innendienst wären gut.",
          "Das Team ist motiviert.");

  @Test
  void theEnglishCorpusFallsIntoItsThreeThemesBiggestFirst() {
    Themes.Result result = Themes.of(ENGLISH);
    assertThat(result.themes())
        .extracting(Themes.Theme::label, Themes.Theme::comments)
        .containsExactly(tuple("complaints", 4), tuple("training", 3), tuple("data", 2));
    assertThat(result.unthemed()).isEqualTo(1);
    assertThat(result.themes().get(0).examples())
        .containsExactly(
            "Complaints about billing are never analysed.",
            "Complaints take weeks to resolve.",
            "Customer complaints are passed around between departments.");
  }

  @Test
  void germanCommentsAreStemmedAsGerman() {
    Themes.Result result = Themes.of(GERMAN);
    assertThat(result.themes())
        .extracting(Themes.Theme::label)
        .containsExactly("beschwerden", "schulung");
    assertThat(result.themes()).extracting(Themes.Theme::comments).containsExactly(3, 2);
    assertThat(Terms.language("Die Schulung fehlt im Vertrieb.")).isEqualTo("de");
    assertThat(Terms.language("Les réclamations ne sont jamais analysées.")).isEqualTo("fr");
  }

  @Test
  void aSecondWordJoinsTheLabelWhenMostOfTheThemeUsesIt() {
    Themes.Result result =
        Themes.of(
            List.of(
                "Response times are slow.",
                "Slow response times on the phone.",
                "Our response time is slow in winter.",
                "Response letters are friendly."));
    assertThat(result.themes().get(0).label()).isEqualTo("response · slow");
    assertThat(result.themes().get(0).comments()).isEqualTo(4);
  }

  @Test
  void fewerThanTwoCommentsSharingATermMakeNoTheme() {
    assertThat(Themes.of(List.of("Billing is slow.", "Training helps.")).themes()).isEmpty();
    assertThat(Themes.of(List.of()).unthemed()).isZero();
  }

  @Property(tries = 40)
  void everyCommentIsInOneThemeAtMostAndTheOrderGivenChangesNothing(
      @ForAll @IntRange(min = 0, max = 10_000) int seed) {
    List<String> comments = new ArrayList<>(ENGLISH);
    comments.addAll(GERMAN);
    Random random = new Random(seed);
    comments = comments.subList(0, 2 + random.nextInt(comments.size() - 1));
    List<String> shuffled = new ArrayList<>(comments);
    Collections.shuffle(shuffled, random);
    Themes.Result result = Themes.of(comments);
    assertThat(Themes.of(shuffled)).isEqualTo(result);
    int themed = result.themes().stream().mapToInt(Themes.Theme::comments).sum();
    assertThat(themed + result.unthemed()).isEqualTo(comments.size());
    Set<String> examples = new HashSet<>();
    for (Themes.Theme theme : result.themes()) {
      assertThat(theme.comments()).isGreaterThanOrEqualTo(2);
      assertThat(comments).containsAll(theme.examples());
      theme.examples().forEach(e -> assertThat(examples.add(e)).as("in one theme: " + e).isTrue());
    }
  }
}
