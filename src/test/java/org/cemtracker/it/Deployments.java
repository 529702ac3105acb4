package org.cemtracker.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.File;
import java.net.InetAddress;
import java.net.UnknownHostException;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment all Arquillian tests share: the real WAR that {@code mvn package} built,
 * started once in Payara Micro. Tests therefore share one database and never assume it empty.
 */
@ArquillianSuiteDeployment
public class Deployments {

  /** The SMTP server the app sends invitation mails to (-Dcem.smtp.port in the pom). */
  public static final GreenMail SMTP =
      new GreenMail(new ServerSetup(42525, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  /**
   * The OpenID Connect provider the app signs people in through (-Dcem.oidc.issuer in the pom): a
   * real one, NAV's mock-oauth2-server, with its login page (any subject, claims as JSON), its
   * discovery document, token endpoint and signing keys.
   */
  public static final MockOAuth2Server OIDC =
      new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\": true}"));

  public static final int OIDC_PORT = 42580;

  static {
    SMTP.start();
    try {
      OIDC.start(InetAddress.getByName("localhost"), OIDC_PORT);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  public static final String ADMIN_EMAIL = "it-admin@example.org";
  public static final String ADMIN_PASSWORD = "it-admin-password-1";

  @Deployment(testable = false)
  public static WebArchive application() {
    File war = new File(System.getProperty("cem.war", "target/cem-tracker.war"));
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }
}
