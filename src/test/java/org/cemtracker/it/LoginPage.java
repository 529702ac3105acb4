package org.cemtracker.it;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The sign-in page, as a user meets it. */
final class LoginPage {

  private final Browser browser;

  LoginPage(Browser browser) {
    this.browser = browser;
  }

  static LoginPage open(Browser browser) {
    browser.open("login");
    browser.waitFor(By.cssSelector("vaadin-login-form"));
    return new LoginPage(browser);
  }

  void signIn(String email, String password) {
    WebElement user = browser.waitFor(By.cssSelector("#vaadinLoginUsername input"));
    user.clear();
    user.sendKeys(email);
    WebElement secret = browser.driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
    secret.clear();
    secret.sendKeys(password, Keys.ENTER);
  }

  boolean showsError() {
    return browser.driver.findElement(By.cssSelector("vaadin-login-form")).getAttribute("error")
        != null;
  }
}
