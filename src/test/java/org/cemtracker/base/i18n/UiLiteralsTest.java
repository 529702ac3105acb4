package org.cemtracker.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No text a user reads is written in the UI code: every caption, label, header, notification and
 * page title comes from the bundles. Names (the product's) and addresses are not texts.
 */
class UiLiteralsTest {

  private static final Pattern SHOWN =
      Pattern.compile(
          "(?:new (?:Button|Span|H[1-6]|Paragraph|TextField|TextArea|Checkbox|Select|ComboBox"
              + "|DatePicker|DateTimePicker|IntegerField|NumberField|PasswordField|EmailField"
              + "|RouterLink|Tab|Details|SideNavItem|NativeLabel|Text|Div|ConfirmDialog|Upload)"
              + "|\\.set(?:Text|Label|HelperText|ErrorMessage|Placeholder|Title|AriaLabel|TooltipText"
              + "|HeaderTitle|ConfirmText|CancelText|RejectText|SummaryText)"
              + "|\\.addItem|\\.setHeader|Notification\\.show|@PageTitle|@Menu)\\(\\s*(?:title\\s*=\\s*)?"
              + "\"([^\"]*)\"");

  @Test
  void theUiCodeWritesNoTextOfItsOwn() throws IOException {
    List<String> found = new ArrayList<>();
    int files = 0;
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/cemtracker"))) {
      for (Path source :
          sources.filter(p -> p.toString().matches(".*/ui/[A-Za-z]+\\.java")).toList()) {
        files++;
        List<String> lines = Files.readAllLines(source);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = SHOWN.matcher(lines.get(i));
          while (m.find()) {
            if (isText(m.group(1)) && !lines.get(i).contains("response.")) {
              found.add(source.getFileName() + ":" + (i + 1) + ": \"" + m.group(1) + "\"");
            }
          }
        }
        if (String.join("\n", lines).contains("@PageTitle(")) {
          found.add(source.getFileName() + ": @PageTitle (implement HasDynamicTitle)");
        }
      }
    }
    assertThat(files).isGreaterThan(60);
    assertThat(found).isEmpty();
  }

  /** Words meant for people: not a key, an id, an address or the product's name. */
  static boolean isText(String literal) {
    if (literal.equals("CEM Tracker") || literal.matches("[a-z]+(\\.[A-Za-z0-9_]+)+\\.?")) {
      return false;
    }
    return literal.matches(".*[A-Za-z]{2}.*") && literal.matches(".*(\\s|[A-Z]).*");
  }

  @Test
  void keysIdsAndAddressesAreNotTexts() {
    assertThat(isText("campaign.survey.start")).isFalse();
    assertThat(isText("organisations/import")).isFalse();
    assertThat(isText("Start")).isTrue();
    assertThat(isText("create a token")).isTrue();
  }
}
