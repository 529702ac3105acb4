package org.cemtracker.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every UI text exists in English, German and French, with the same parameters, as a pattern that
 * MessageFormat reads as meant; and every key the code asks for exists.
 */
class BundlesTest {

  private static final Path FOLDER = Path.of("src/main/resources/i18n");
  private static final Pattern PARAMETER = Pattern.compile("\\{(\\d+)");
  private static final List<String> LANGUAGES = List.of("", "_de", "_fr");

  private static Properties load(String feature, String suffix) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(FOLDER.resolve(feature + suffix + ".properties"))) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void everyBundleFileBelongsToAListedFeatureInAllThreeLanguages() throws IOException {
    Set<String> files = new TreeSet<>();
    try (Stream<Path> list = Files.list(FOLDER)) {
      list.forEach(p -> files.add(p.getFileName().toString()));
    }
    Set<String> expected = new TreeSet<>();
    for (String feature : Bundles.FEATURES) {
      LANGUAGES.forEach(l -> expected.add(feature + l + ".properties"));
    }
    assertThat(files).isEqualTo(expected);
  }

  @Test
  void everyKeyIsInEveryLanguageWithTheSameParametersAndReadsAsMeant() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String feature : Bundles.FEATURES) {
      Properties english = load(feature, "");
      for (String suffix : LANGUAGES) {
        Properties bundle = load(feature, suffix);
        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(bundle.stringPropertyNames());
        Set<String> extra = new TreeSet<>(bundle.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        missing.forEach(k -> problems.add(feature + suffix + ": missing " + k));
        extra.forEach(k -> problems.add(feature + suffix + ": not in English " + k));
        for (String key : bundle.stringPropertyNames()) {
          String value = bundle.getProperty(key);
          String where = feature + suffix + " " + key;
          if (!key.startsWith(feature + ".")) {
            problems.add(where + ": the key must start with " + feature + ".");
          }
          if (value.isBlank()) {
            problems.add(where + ": empty");
          }
          if (value.replace("''", "").contains("'")) {
            problems.add(where + ": a lone ' (MessageFormat drops it): write '' or ’");
          }
          if (!parameters(value).equals(parameters(english.getProperty(key, "")))) {
            problems.add(where + ": parameters differ from English");
          }
          try {
            String shown = new MessageFormat(value, Locale.ROOT).format(samples(value));
            if (value.contains("''") && !shown.contains("'")) {
              problems.add(where + ": an apostrophe is lost");
            }
          } catch (IllegalArgumentException e) {
            problems.add(where + ": not a MessageFormat pattern: " + e.getMessage());
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** Keys written out in the code (not those built from parts) must exist in English. */
  @Test
  void everyKeyTheCodeNamesExists() throws IOException {
    Pattern named =
        Pattern.compile(
            "(?:getTranslation|Tr\\.t|Bundles\\.text)\\(\\s*\"([a-z]+\\.[A-Za-z0-9_.]+)\"|title = \"([a-z]+\\.[A-Za-z0-9_.]+)\"");
    Set<String> known = new TreeSet<>();
    for (String feature : Bundles.FEATURES) {
      known.addAll(load(feature, "").stringPropertyNames());
    }
    List<String> unknown = new ArrayList<>();
    int found = 0;
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = named.matcher(Files.readString(source));
        while (m.find()) {
          String key = m.group(1) != null ? m.group(1) : m.group(2);
          found++;
          boolean prefix = key.endsWith(".");
          if (prefix ? known.stream().noneMatch(k -> k.startsWith(key)) : !known.contains(key)) {
            unknown.add(source.getFileName() + ": " + key);
          }
        }
      }
    }
    assertThat(found).as("keys named in the code").isGreaterThan(500);
    assertThat(unknown).isEmpty();
  }

  @Test
  void aKeyIsLookedUpInTheLanguageThenInEnglish() {
    assertThat(Bundles.text("base.user.signOut", Locale.GERMAN)).isEqualTo("Abmelden");
    assertThat(Bundles.text("base.user.signOut", Locale.FRENCH)).isEqualTo("Se déconnecter");
    assertThat(Bundles.text("base.user.signOut", Locale.forLanguageTag("de-AT")))
        .isEqualTo("Abmelden");
    assertThat(Bundles.text("base.user.signOut", Locale.forLanguageTag("es")))
        .isEqualTo("Sign out");
    assertThat(Bundles.text("base.nothing.here", Locale.GERMAN)).isEqualTo("!base.nothing.here!");
    assertThat(Bundles.supported(Locale.forLanguageTag("fr-CA"))).isEqualTo(Locale.FRENCH);
  }

  private static Set<String> parameters(String value) {
    Set<String> found = new TreeSet<>();
    Matcher m = PARAMETER.matcher(value);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static Object[] samples(String value) {
    int highest = parameters(value).stream().mapToInt(Integer::parseInt).max().orElse(-1);
    Object[] samples = new Object[highest + 1];
    for (int i = 0; i <= highest; i++) {
      samples[i] = 3;
    }
    return samples;
  }
}
