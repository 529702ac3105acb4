package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Behind a trusted proxy (the suite's Payara trusts the loopback: CEM_TRUSTED_PROXIES): links, HSTS
 * and the login throttle see the client's scheme, host and address from the forwarded headers.
 */
@ExtendWith(ArquillianExtension.class)
class ProxyIT {

  @ArquillianResource URL base;

  private Api api;

  @BeforeEach
  void setUp() throws MalformedURLException {
    // through the loopback, which the suite trusts as a proxy (Arquillian's base may be another
    // address of this machine)
    api = new Api(new URL("http", "127.0.0.1", base.getPort(), base.getPath()));
  }

  @Test
  void invitationLinksUseTheSchemeAndHostTheClientUsed() {
    String orgId =
        api.organisation("Proxied links", 3, "path,headcount,customerFacing\nSales,20,true\n");
    String campaignId = api.campaign(orgId, "cem-maturity", "Behind nginx", "LEADERSHIP");

    List<String> urls =
        api.admin()
            .header("X-Forwarded-Proto", "https")
            .header("X-Forwarded-Host", "surveys.example.org")
            .header("X-Forwarded-For", "198.51.100.20")
            .body(Map.of("departmentPath", "Sales", "tier", "LEADERSHIP", "count", 2))
            .post("api/campaigns/" + campaignId + "/invitations")
            .then()
            .statusCode(201)
            .extract()
            .path("url");

    assertThat(urls).hasSize(2).allMatch(u -> u.startsWith("https://surveys.example.org/survey/"));
  }

  @Test
  void hstsIsSentWhenTheClientCameOverHttpsOnly() {
    api.admin()
        .header("X-Forwarded-Proto", "https")
        .get("api/me")
        .then()
        .statusCode(200)
        .header("Strict-Transport-Security", "max-age=31536000");
    api.admin()
        .get("api/me")
        .then()
        .statusCode(200)
        .header("Strict-Transport-Security", nullValue());
  }

  @Test
  void aGuesserBehindTheProxyCannotLockTheOwnerOutOfTheirAccount() {
    Api.TestUser user = api.newUser(false);
    for (int i = 0; i < 5; i++) {
      api.as(user.email(), "wrong-" + i)
          .header("X-Forwarded-For", "203.0.113.66")
          .get("api/me")
          .then()
          .statusCode(401);
    }

    // the guesser now waits; the owner, from another address behind the same proxy, does not
    api.as(user.email(), user.password())
        .header("X-Forwarded-For", "203.0.113.66")
        .get("api/me")
        .then()
        .statusCode(429);
    api.as(user.email(), user.password())
        .header("X-Forwarded-For", "198.51.100.31")
        .get("api/me")
        .then()
        .statusCode(200);
  }
}
