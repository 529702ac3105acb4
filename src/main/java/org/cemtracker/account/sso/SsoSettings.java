package org.cemtracker.account.sso;

import java.util.Locale;
import java.util.Optional;
import org.cemtracker.base.Settings;

/**
 * Single sign-on through an OpenID Connect provider, configured by environment: {@code
 * CEM_OIDC_ISSUER} (the provider's issuer URL, whose {@code .well-known/openid-configuration} is
 * read), {@code CEM_OIDC_CLIENT_ID}, {@code CEM_OIDC_CLIENT_SECRET}, {@code CEM_OIDC_EMAIL_CLAIM}
 * (default {@code email}), {@code CEM_OIDC_VERIFIED_EMAIL_ONLY} (default {@code true}: the ID token
 * must say {@code email_verified: true}), {@code CEM_OIDC_CREATE_DOMAIN} (accounts are made at
 * first sign-in for e-mail addresses of this domain; none: only existing accounts sign in) and
 * {@code CEM_OIDC_NAME} (what the sign-in button calls the provider; none: "single sign-on" in the
 * page's language).
 */
public record SsoSettings(
    String issuer,
    String clientId,
    String clientSecret,
    String emailClaim,
    boolean verifiedEmailOnly,
    Optional<String> createDomain,
    Optional<String> name) {

  public static Optional<SsoSettings> read(Settings settings) {
    Optional<String> issuer = settings.get("cem.oidc.issuer");
    Optional<String> client = settings.get("cem.oidc.client.id");
    if (issuer.isEmpty() || client.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new SsoSettings(
            issuer.get(),
            client.get(),
            settings.get("cem.oidc.client.secret").orElse(""),
            settings.get("cem.oidc.email.claim").orElse("email"),
            !"false".equalsIgnoreCase(settings.get("cem.oidc.verified.email.only").orElse("true")),
            settings
                .get("cem.oidc.create.domain")
                .map(d -> d.toLowerCase(Locale.ROOT).replaceFirst("^@", "")),
            settings.get("cem.oidc.name")));
  }

  public static Optional<SsoSettings> fromSystem() {
    return read(Settings.fromSystem());
  }

  /** Whether an address that has no account yet may get one at its first sign-in. */
  public boolean mayCreate(String email) {
    return createDomain
        .map(domain -> email.toLowerCase(Locale.ROOT).endsWith("@" + domain))
        .orElse(false);
  }
}
