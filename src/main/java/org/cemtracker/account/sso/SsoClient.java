package org.cemtracker.account.sso;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cemtracker.account.sso.SsoFailure.Code;

/**
 * The app as an OpenID Connect client (authorization code flow with PKCE, state and nonce), with
 * the Nimbus OAuth 2.0 SDK: the provider's metadata from its discovery document, the code exchanged
 * at its token endpoint with the client secret, and the ID token's signature, issuer, audience,
 * expiry and nonce checked against its published keys (fetched again when a new key appears). Only
 * then are the e-mail claim and its verification believed.
 */
public final class SsoClient {

  private static final Logger LOG = Logger.getLogger(SsoClient.class.getName());
  private static final int TIMEOUT_MILLIS = 5000;
  private static final long RETRY_AFTER_NANOS = 30_000_000_000L;

  private final SsoSettings settings;
  private volatile OIDCProviderMetadata metadata;
  private volatile IDTokenValidator validator;
  private volatile long failedAt;

  public SsoClient(SsoSettings settings) {
    this.settings = settings;
  }

  /** What the browser's session keeps between leaving for the provider and coming back. */
  public record Pending(String state, String nonce, String verifier, String redirectUri)
      implements Serializable {}

  public record Started(Pending pending, URI location) {}

  /** Who the provider vouches for: its issuer and subject, the e-mail address and name. */
  public record Person(String subject, String email, String name) {}

  public Started start(String redirectUri) {
    OIDCProviderMetadata provider = metadata();
    State state = new State();
    Nonce nonce = new Nonce();
    CodeVerifier verifier = new CodeVerifier();
    AuthenticationRequest request =
        new AuthenticationRequest.Builder(
                new ResponseType(ResponseType.Value.CODE),
                new Scope("openid", "email", "profile"),
                new ClientID(settings.clientId()),
                uri(redirectUri))
            .endpointURI(provider.getAuthorizationEndpointURI())
            .state(state)
            .nonce(nonce)
            .codeChallenge(verifier, CodeChallengeMethod.S256)
            .build();
    return new Started(
        new Pending(state.getValue(), nonce.getValue(), verifier.getValue(), redirectUri),
        request.toURI());
  }

  /** The person signed in, from the provider's answer (the callback's query parameters). */
  public Person finish(Map<String, List<String>> parameters, Pending pending) {
    if (pending == null) {
      throw new SsoFailure(Code.NOT_STARTED, "a callback without a sign-in started in its session");
    }
    AuthenticationResponse response;
    try {
      response = AuthenticationResponseParser.parse(uri(pending.redirectUri()), parameters);
    } catch (ParseException e) {
      throw new SsoFailure(Code.FAILED, "the provider's answer could not be read");
    }
    if (!new State(pending.state()).equals(response.getState())) {
      throw new SsoFailure(Code.NOT_STARTED, "a callback whose state is not its session's");
    }
    if (response instanceof AuthenticationErrorResponse error) {
      throw new SsoFailure(
          Code.REFUSED, "the provider answered " + error.getErrorObject().getCode());
    }
    AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
    if (code == null) {
      throw new SsoFailure(Code.FAILED, "the provider sent no authorization code");
    }
    IDTokenClaimsSet claims = claims(exchange(code, pending), pending);
    Object email = claims.getClaim(settings.emailClaim());
    if (!(email instanceof String address) || address.isBlank() || address.length() > 254) {
      throw new SsoFailure(Code.NO_EMAIL, "no usable claim " + settings.emailClaim());
    }
    if (settings.verifiedEmailOnly() && !verified(claims.getClaim("email_verified"))) {
      throw new SsoFailure(Code.UNVERIFIED, "email_verified is not true");
    }
    String name = claims.getStringClaim("name");
    name = name == null || name.isBlank() ? address.trim() : name.trim();
    return new Person(
        claims.getIssuer().getValue() + " " + claims.getSubject().getValue(),
        address.trim(),
        name.length() > 200 ? name.substring(0, 200) : name);
  }

  /** true, or "true" as some providers send it; a missing claim is not a verified address. */
  static boolean verified(Object claim) {
    return Boolean.TRUE.equals(claim) || "true".equals(claim);
  }

  private JWT exchange(AuthorizationCode code, Pending pending) {
    OIDCProviderMetadata provider = metadata();
    TokenRequest request =
        new TokenRequest(
            provider.getTokenEndpointURI(),
            new ClientSecretBasic(
                new ClientID(settings.clientId()), new Secret(settings.clientSecret())),
            new AuthorizationCodeGrant(
                code, uri(pending.redirectUri()), new CodeVerifier(pending.verifier())));
    try {
      HTTPRequest http = request.toHTTPRequest();
      http.setConnectTimeout(TIMEOUT_MILLIS);
      http.setReadTimeout(TIMEOUT_MILLIS);
      TokenResponse response = OIDCTokenResponseParser.parse(http.send());
      if (!response.indicatesSuccess()) {
        String why = response.toErrorResponse().getErrorObject().getCode();
        throw new SsoFailure(Code.REFUSED, "the token endpoint answered " + why);
      }
      return ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
    } catch (IOException | ParseException e) {
      LOG.log(Level.WARNING, "OpenID Connect token request failed: {0}", e.getMessage());
      throw new SsoFailure(Code.UNREACHABLE, "the token request failed", e);
    }
  }

  private IDTokenClaimsSet claims(JWT idToken, Pending pending) {
    try {
      return validator().validate(idToken, new Nonce(pending.nonce()));
    } catch (Exception e) {
      LOG.log(Level.WARNING, "An ID token was refused: {0}", e.getMessage());
      throw new SsoFailure(Code.TOKEN, "the ID token was refused");
    }
  }

  /**
   * The provider's discovery document, read at first use. A failure is remembered for half a
   * minute, so that a provider that is down does not hold a request thread per sign-in attempt.
   */
  private OIDCProviderMetadata metadata() {
    OIDCProviderMetadata read = metadata;
    if (read == null) {
      long now = System.nanoTime();
      if (failedAt != 0 && now - failedAt < RETRY_AFTER_NANOS) {
        throw new SsoFailure(Code.UNREACHABLE, "discovery failed moments ago");
      }
      try {
        read =
            OIDCProviderMetadata.resolve(
                new Issuer(settings.issuer()), TIMEOUT_MILLIS, TIMEOUT_MILLIS);
      } catch (IOException | GeneralException e) {
        failedAt = now == 0 ? 1 : now;
        LOG.log(Level.WARNING, "OpenID Connect discovery failed: {0}", e.getMessage());
        throw new SsoFailure(Code.UNREACHABLE, "discovery failed", e);
      }
      metadata = read;
    }
    return read;
  }

  private IDTokenValidator validator() throws IOException {
    IDTokenValidator read = validator;
    if (read == null) {
      OIDCProviderMetadata provider = metadata();
      // RS256 unless the provider does not offer it (its list has no order of preference)
      List<JWSAlgorithm> offered = provider.getIDTokenJWSAlgs();
      JWSAlgorithm algorithm =
          offered == null || offered.isEmpty() || offered.contains(JWSAlgorithm.RS256)
              ? JWSAlgorithm.RS256
              : offered.stream()
                  .filter(a -> !JWSAlgorithm.Family.HMAC_SHA.contains(a))
                  .findFirst()
                  .orElse(JWSAlgorithm.RS256);
      read =
          new IDTokenValidator(
              provider.getIssuer(),
              new ClientID(settings.clientId()),
              algorithm,
              provider.getJWKSetURI().toURL());
      validator = read;
    }
    return read;
  }

  private static URI uri(String value) {
    try {
      return new URI(value);
    } catch (URISyntaxException e) {
      throw new SsoFailure(Code.FAILED, "not a valid URI: " + value);
    }
  }
}
