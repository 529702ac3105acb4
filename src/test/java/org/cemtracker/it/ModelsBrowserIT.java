package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** Browsing the default model in the Models view. */
@ExtendWith(ArquillianExtension.class)
class ModelsBrowserIT {

  @ArquillianResource URL base;
  private Browser browser;

  @BeforeEach
  void start() throws Exception {
    browser = new Browser(base.toString(), 1366, 1000);
  }

  @AfterEach
  void stop() {
    browser.close();
  }

  @Test
  void aUserReadsTheDimensionsQuestionsAnchorsAndStagesOfTheDefaultModel() throws Exception {
    LoginPage.open(browser).signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
    browser.waitFor(By.cssSelector("vaadin-app-layout"));
    browser.open("models");
    browser.waitForText("Leadership & orientation (5)");
    browser.waitForText("33 questions");

    browser
        .driver
        .findElement(By.xpath("//vaadin-details[contains(., 'Leadership & orientation')]"))
        .click();
    browser.waitForText("Customer experience is the organising idea of the strategy");
    browser.screenshot("models-questions");

    browser.driver.findElement(By.xpath("//vaadin-tab[contains(., 'Stages')]")).click();
    browser.waitForText("reach ≥ 80 % and bolt-on gap ≤ 10 points");
    browser.screenshot("models-stages");

    // the administrator also sees the fixture files that failed to load, with their lines
    assertThat(browser.driver.findElement(By.tagName("body")).getText())
        .contains("wrong-anchors.yaml:23: questions[1].anchors");
  }

  /** Issue 18, item 4: a consultant sees what stays comparable between two versions. */
  @Test
  void twoVersionsOfAModelAreShownSideBySide() throws Exception {
    LoginPage.open(browser).signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
    browser.waitFor(By.cssSelector("vaadin-app-layout"));
    browser.open("models?model=small");
    browser.waitForText("A small valid model");
    browser.driver.findElement(By.xpath("//vaadin-tab[contains(., 'Versions')]")).click();
    browser.waitForText("A question, reworded?");
    String grid = browser.waitFor(By.id("diff-questions")).getText();
    assertThat(grid).contains("reworded").contains("added").contains("A new question?");
    assertThat(browser.waitFor(By.id("diff-dimensions")).getText())
        .contains("Dimension: its score does not compare");
    browser.screenshot("models-versions");
  }
}
