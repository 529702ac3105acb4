package org.cemtracker.base.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.cemtracker.base.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The body binding of issue 14: each value only as its declared type, each refusal named. */
class StrictJsonTest {

  record Answers(Map<String, Integer> answers, Map<String, String> comments) {}

  record Account(String name, Boolean enabled, Boolean admin, Long version) {}

  record Milestone(String title, Boolean done) {}

  record Plan(String title, List<Milestone> milestones, Double target, int k) {}

  enum Colour {
    RED,
    GREEN
  }

  record Painted(Colour colour) {}

  @Test
  void bindsValuesOfTheirDeclaredTypes() throws IOException {
    Plan plan =
        read(
            "{\"title\":\"T\",\"milestones\":[{\"title\":\"M\",\"done\":true}],\"target\":4,\"k\":5}",
            Plan.class);
    assertThat(plan).isEqualTo(new Plan("T", List.of(new Milestone("M", true)), 4.0, 5));
    assertThat(read("{\"answers\":{\"lead-1\":3,\"lead-2\":null}}", Answers.class).answers())
        .containsEntry("lead-1", 3)
        .containsEntry("lead-2", null);
  }

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"answers\":{\"lead-1\":3.5}}|answers.lead-1|must be an integer, not the number 3.5",
        "{\"answers\":{\"lead-1\":\"3\"}}|answers.lead-1|must be an integer, not the text \"3\"",
        "{\"answers\":{\"lead-1\":true}}|answers.lead-1|must be an integer, not true",
        "{\"answers\":{\"lead-1\":3.0}}|answers.lead-1|must be an integer, not the number 3.0",
        "{\"answers\":[1,2]}|answers|must be an object, not an array",
        "{\"comments\":{\"lead-1\":7}}|comments.lead-1|must be text (a JSON string), not the number 7",
      })
  void refusesAnswersOfAnotherType(String body, String field, String message) {
    assertRefused(body, Answers.class, field, message);
  }

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"enabled\":\"yes\"}|enabled|must be true or false, not the text \"yes\"",
        "{\"admin\":\"yes\"}|admin|must be true or false, not the text \"yes\"",
        "{\"admin\":1}|admin|must be true or false, not the number 1",
        "{\"name\":{\"a\":1}}|name|must be text (a JSON string), not an object",
        "{\"name\":[\"a\"]}|name|must be text (a JSON string), not an array",
        "{\"name\":12}|name|must be text (a JSON string), not the number 12",
        "{\"version\":\"4\"}|version|must be an integer, not the text \"4\"",
        "{\"version\":\"\"}|version|must be an integer, not the text \"\"",
      })
  void refusesAccountFieldsOfAnotherType(String body, String field, String message) {
    assertRefused(body, Account.class, field, message);
  }

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"milestones\":[{\"done\":\"perhaps\"}]}|milestones[0].done|must be true or false, not the text \"perhaps\"",
        "{\"milestones\":{\"done\":true}}|milestones|must be an array, not an object",
        "{\"k\":3.5}|k|must be an integer, not the number 3.5",
        "{\"k\":null}|k|must be an integer, not null",
        "{\"target\":\"4\"}|target|must be a number, not the text \"4\"",
        "[{\"title\":\"T\"}]|body|must be an object, not an array",
        "\"T\"|body|must be an object, not the text \"T\"",
      })
  void refusesPlanFieldsOfAnotherType(String body, String field, String message) {
    assertRefused(body, Plan.class, field, message);
  }

  @Test
  void refusesAnUnknownFieldNamingTheKnownOnes() {
    assertRefused(
        "{\"title\":\"T\",\"milestones\":[{\"titel\":\"x\"}]}",
        Plan.class,
        "milestones[0].titel",
        "is not a field here; the fields are done, title");
  }

  @Test
  void refusesAnEnumByNumberAndAnIntegerTooLarge() {
    assertRefused(
        "{\"colour\":1}", Painted.class, "colour", "must be one of RED, GREEN, not the number 1");
    assertThatThrownBy(() -> read("{\"k\":99999999999}", Plan.class))
        .isInstanceOfSatisfying(
            Problem.class, p -> assertThat(p.fields().get("k")).contains("too large"));
  }

  @Test
  void refusesMalformedAndRepeatedAndTrailingJson() {
    assertRefusedStartingWith("{\"title\":", Plan.class, "body", "is not valid JSON at line 1");
    assertRefusedStartingWith(
        "{\"title\":\"a\",\"title\":\"b\"}", Plan.class, "title", "appears twice");
    assertRefusedStartingWith(
        "{\"title\":\"a\"} {}", Plan.class, "body", "must be a single JSON value");
  }

  @Test
  void refusesBodiesNestedTooDeep() throws IOException {
    String deep = "[".repeat(20_000) + "]".repeat(20_000);
    assertRefused(deep, Plan.class, "body", "is nested deeper than 32 levels");
    String fine = "{\"a\":".repeat(30) + "1" + "}".repeat(30);
    assertThat(StrictJson.tree(stream(fine.getBytes(StandardCharsets.UTF_8)))).isNotNull();
  }

  @Test
  void refusesControlCharactersAndHalfSurrogatesNamingTheField() {
    assertRefusedStartingWith(
        "{\"comments\":{\"lead-1\":\"a\\u0000b\"}}",
        Answers.class,
        "comments.lead-1",
        "must not contain control characters such as NUL (U+0000 at character 2)");
    assertRefusedStartingWith(
        "{\"title\":\"x\\ud800\"}", Plan.class, "title", "is not valid Unicode text");
    assertRefusedStartingWith(
        "{\"a\\u0001\":1}", Plan.class, "a\\u0001", "the field name must not contain");
  }

  @Test
  void keepsTabsLineBreaksAndAstralCharacters() throws IOException {
    Plan plan = read("{\"title\":\"a\\tb\\nc \uD83D\uDE00\",\"k\":1}", Plan.class);
    assertThat(plan.title()).isEqualTo("a\tb\nc \uD83D\uDE00");
  }

  @Test
  void refusesLatin1Bytes() {
    byte[] latin1 = "{\"title\":\"Café\"}".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> StrictJson.read(stream(latin1), Plan.class))
        .isInstanceOfSatisfying(
            Problem.class,
            p -> assertThat(p.fields().get("title")).startsWith("is not valid UTF-8 text"));
  }

  @Test
  void anEmptyBodyIsNoBody() throws IOException {
    assertThat((Object) StrictJson.read(stream(new byte[0]), Plan.class)).isNull();
    assertThat((Object) StrictJson.read(stream(" \n".getBytes(StandardCharsets.UTF_8)), Plan.class))
        .isNull();
  }

  @Test
  void noRefusalNamesAJavaType() {
    for (String body :
        List.of(
            "{\"k\":\"x\"}", "{\"milestones\":5}", "{\"k\":1e400}", "{\"x\":1}", "{,}", "nul")) {
      assertThatThrownBy(() -> read(body, Plan.class))
          .isInstanceOfSatisfying(
              Problem.class,
              p ->
                  assertThat(String.join(" ", p.fields().values()) + p.getMessage())
                      .doesNotContain("java.", "`", "Jackson", "Exception"));
    }
  }

  private static void assertRefused(String body, Class<?> type, String field, String message) {
    assertThatThrownBy(() -> read(body, type))
        .isInstanceOfSatisfying(
            Problem.class,
            p -> {
              assertThat(p.status()).isEqualTo(400);
              assertThat(p.fields()).containsExactly(Map.entry(field, message));
            });
  }

  private static void assertRefusedStartingWith(
      String body, Class<?> type, String field, String start) {
    assertThatThrownBy(() -> read(body, type))
        .isInstanceOfSatisfying(
            Problem.class, p -> assertThat(p.fields().get(field)).startsWith(start));
  }

  private static <T> T read(String body, Class<T> type) throws IOException {
    return StrictJson.read(stream(body.getBytes(StandardCharsets.UTF_8)), type);
  }

  private static ByteArrayInputStream stream(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }
}
