package org.cemtracker.account.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.cemtracker.base.Settings;
import org.junit.jupiter.api.Test;

/** Single sign-on is configured by environment, and makes accounts only for its own domain. */
class SsoSettingsTest {

  @Test
  void noIssuerOrNoClientMeansNoSingleSignOn() {
    assertThat(SsoSettings.read(Settings.of(Map.of()))).isEmpty();
    assertThat(SsoSettings.read(Settings.of(Map.of("CEM_OIDC_ISSUER", "https://id.example"))))
        .isEmpty();
  }

  @Test
  void theDefaultsAreTheEmailClaimAndNoNewAccounts() {
    SsoSettings settings =
        SsoSettings.read(
                Settings.of(
                    Map.of("CEM_OIDC_ISSUER", "https://id.example", "CEM_OIDC_CLIENT_ID", "cem")))
            .orElseThrow();
    assertThat(settings.emailClaim()).isEqualTo("email");
    assertThat(settings.name()).isEmpty();
    assertThat(settings.verifiedEmailOnly()).isTrue();
    assertThat(settings.mayCreate("ana@example.org")).isFalse();
  }

  @Test
  void anEmailCountsAsVerifiedOnlyWhenTheProviderSaysSo() {
    assertThat(SsoClient.verified(true)).isTrue();
    assertThat(SsoClient.verified("true")).isTrue();
    assertThat(SsoClient.verified(null)).isFalse();
    assertThat(SsoClient.verified(false)).isFalse();
    assertThat(SsoClient.verified("false")).isFalse();
  }

  @Test
  void accountsAreMadeForTheDomainOnlyNotForALookAlike() {
    SsoSettings settings =
        SsoSettings.read(
                Settings.of(
                    Map.of(
                        "CEM_OIDC_ISSUER", "https://id.example",
                        "CEM_OIDC_CLIENT_ID", "cem",
                        "CEM_OIDC_CREATE_DOMAIN", "@Acme.com")))
            .orElseThrow();
    assertThat(settings.mayCreate("Ana@ACME.com")).isTrue();
    assertThat(settings.mayCreate("ana@evilacme.com")).isFalse();
    assertThat(settings.mayCreate("ana@acme.com.evil.org")).isFalse();
    assertThat(settings.mayCreate("ana@sub.acme.com")).isFalse();
  }
}
