package org.cemtracker.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * The README's screenshots are the browser tests' own: run the tests with {@code
 * -Ddocs.screenshots=true} and the states named here are written to {@code src/docs/screenshots} as
 * well, under the README's names.
 */
final class DocScreenshots {

  private static final Path DOCS = Path.of("src", "docs", "screenshots");

  /** Test screenshot → README image. */
  private static final Map<String, String> README =
      Map.of(
          "dashboard-demo", "dashboard",
          "dashboard-division-compare", "dashboard-focus",
          "shared-summary", "shared-summary",
          "campaign-open-counts", "campaign",
          "initiatives-demo-roadmap", "initiatives-roadmap",
          "initiative-demo-page", "initiative-page",
          "survey-question-phone", "survey-phone",
          "report-page-2", "report-headline",
          "report-page-4", "report-heatmap");

  private DocScreenshots() {}

  /** Copies the screenshot just written to the README's images, when asked to. */
  static void keep(String name, Path written) throws IOException {
    String image = README.get(name);
    if (image != null && Boolean.getBoolean("docs.screenshots")) {
      Files.createDirectories(DOCS);
      Files.copy(written, DOCS.resolve(image + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
