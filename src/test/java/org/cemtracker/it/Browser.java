package org.cemtracker.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's packages, driven by its own ChromeDriver: Selenium never
 * downloads a browser or a driver.
 */
final class Browser implements AutoCloseable {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final ChromeDriver driver;
  final String base;
  private final Path profile;

  Browser(String base, int width, int height) throws IOException {
    this.base = base.endsWith("/") ? base : base + "/";
    this.profile = Files.createTempDirectory("cem-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chrome.binary", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
            .build();
    this.driver = new ChromeDriver(service, options);
    recordCspViolations();
    if (width < 500) {
      // a window cannot be narrower than about 500 px: emulate the phone's viewport instead
      driver.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
    }
  }

  /** Every page records what the Content-Security-Policy blocked on it, for {@link #csp}. */
  private void recordCspViolations() {
    driver.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument",
        Map.of(
            "source",
            "window.__csp = [];"
                + "document.addEventListener('securitypolicyviolation', e =>"
                + " window.__csp.push(e.effectiveDirective + ' blocked ' + (e.blockedURI ||"
                + " 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));"));
  }

  /** What the Content-Security-Policy blocked on the current page (empty when nothing). */
  @SuppressWarnings("unchecked")
  List<String> csp() {
    Object seen =
        driver.executeScript("return window.__csp || ['no record: the page did not run it']");
    return (List<String>) seen;
  }

  void open(String path) {
    driver.get(base + path);
  }

  WebElement waitFor(By locator) {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /**
   * Opens a Vaadin select as a user does, by its value field (its label and helper text do not open
   * it), and waits until it shows its items ({@code vaadin-select-list-box vaadin-select-item}).
   */
  void openSelect(String id) {
    // present, then brought into view: scrolled out of its container it does not count as visible
    WebElement select =
        new WebDriverWait(driver, Duration.ofSeconds(30))
            .until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    driver.executeScript("arguments[0].scrollIntoView()", select);
    select.findElement(By.cssSelector("vaadin-select-value-button")).click();
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(
            d -> Boolean.TRUE.equals(driver.executeScript("return arguments[0].opened", select)));
    waitFor(By.cssSelector("vaadin-select-list-box vaadin-select-item"));
  }

  /**
   * Waits for the text on the page, across reloads (a page being replaced is read again: Chrome
   * reports a body swapped mid-read as a stale element, or as an "unknown error" whose node "does
   * not belong to the document").
   */
  void waitForText(String text) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(WebDriverException.class)
        .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
  }

  /** The header of the open dialog with this id (a ConfirmDialog), waiting for it to open. */
  String dialogHeader(String id) {
    return (String)
        new WebDriverWait(driver, Duration.ofSeconds(20))
            .until(
                d ->
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "const e = document.getElementById(arguments[0]);"
                                + " return e && e.opened ? e.header : null;",
                            id));
  }

  /**
   * The confirm or cancel button of the ConfirmDialog that is open now, by its label (a dialog
   * closed before may still be in the page, with the same buttons).
   */
  WebElement dialogButton(String which, String label) {
    return new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(
            d ->
                (WebElement)
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "const dialog = [...document.querySelectorAll('vaadin-confirm-dialog')]"
                                + "  .find(e => e.opened);"
                                + " if (!dialog) { return null; }"
                                + " const scopes = [dialog, dialog._overlayElement].filter(Boolean);"
                                + " for (const scope of scopes) {"
                                + "  const b = [...scope.querySelectorAll('vaadin-button')].find(b =>"
                                + "   b.getAttribute('slot') === arguments[0] + '-button'"
                                + "   && b.textContent.trim() === arguments[1]);"
                                + "  if (b) { return b; } }"
                                + " return null;",
                            which,
                            label));
  }

  void waitForUrl(String fragment) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.urlContains(fragment));
  }

  /**
   * Keeps a picture of the page for a person to look at, and fails when the page's
   * Content-Security-Policy blocked anything on it: every page state a test pictures is also a CSP
   * check (issue 14).
   */
  void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path file = SCREENSHOTS.resolve(name + ".png");
    Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    DocScreenshots.keep(name, file);
    List<String> blocked = csp();
    if (!blocked.isEmpty()) {
      throw new AssertionError("The Content-Security-Policy blocked on " + name + ": " + blocked);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary profile left behind is harmless
    }
  }
}
