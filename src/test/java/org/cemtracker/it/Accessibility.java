package org.cemtracker.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core (Deque's accessibility engine, from its Maven artifact) run in the page as it stands:
 * the violations of impact serious or critical, and a page without a main landmark, each as a line
 * naming the rule, what it asks and the first elements that break it.
 */
final class Accessibility {

  private static final String AXE = load();

  private static final String RUN =
      "const done = arguments[arguments.length - 1];"
          + " axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations"
          + "   .filter(v => v.impact === 'serious' || v.impact === 'critical'"
          + "     || v.id === 'landmark-one-main')"
          + "   .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' — '"
          + "     + v.nodes.slice(0, 4).map(n => n.target.join(' >> ')"
          + "       + (n.any[0] ? ' (' + n.any[0].message + ')' : '')).join('; '))))"
          + "  .catch(e => done(['axe failed: ' + e]));";

  private Accessibility() {}

  @SuppressWarnings("unchecked")
  static List<String> problems(JavascriptExecutor page) {
    if (!Boolean.TRUE.equals(page.executeScript("return typeof axe !== 'undefined'"))) {
      page.executeScript(AXE);
    }
    return (List<String>) page.executeAsyncScript(RUN);
  }

  private static String load() {
    try (InputStream in = Accessibility.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is not on the test class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
