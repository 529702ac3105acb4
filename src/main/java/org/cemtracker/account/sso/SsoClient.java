package org.cemtracker.account.sso;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
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
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The app as an OpenID Connect client (authorization code flow with PKCE, state and nonce), with
 * the Nimbus OAuth 2.0 SDK: the provider's metadata from its discovery document, the code exchanged
 * at its token endpoint with the client secret, and the ID token's signature, issuer, audience,
 * expiry and nonce checked against its published keys. Only then is the e-mail claim believed.
 */
public final class SsoClient {

  private static final Logger LOG = Logger.getLogger(SsoClient.class.getName());
  private static final int TIMEOUT_MILLIS = 5000;

  private final SsoSettings settings;
  private volatile OIDCProviderMetadata metadata;
  private volatile IDTokenValidator validator;

  public SsoClient(SsoSettings settings) {
    this.settings = settings;
  }

  /** What the browser's session keeps between leaving for the provider and coming back. */
  public record Pending(String state, String nonce, String verifier, String redirectUri)
      implements Serializable {}

  public record Started(Pending pending, URI location) {}

  /** Who the provider vouches for. */
  public record Person(String email, String name) {}

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

  /** The person signed in, from the provider's answer at the callback address. */
  public Person finish(URI callback, Pending pending) {
    AuthenticationResponse response;
    try {
      response = AuthenticationResponseParser.parse(callback);
    } catch (ParseException e) {
      throw new SsoFailure("The identity provider's answer could not be read");
    }
    if (pending == null || !new State(pending.state()).equals(response.getState())) {
      throw new SsoFailure("This sign-in was not started here, or has expired: start it again");
    }
    if (response instanceof AuthenticationErrorResponse error) {
      String description = error.getErrorObject().getDescription();
      throw new SsoFailure(
          "The identity provider did not sign you in"
              + (description == null ? "" : ": " + description));
    }
    AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
    if (code == null) {
      throw new SsoFailure("The identity provider sent no authorization code");
    }
    IDTokenClaimsSet claims = claims(exchange(code, pending), pending);
    Object email = claims.getClaim(settings.emailClaim());
    if (!(email instanceof String address) || address.isBlank()) {
      throw new SsoFailure(
          "The identity provider gave no e-mail address (claim " + settings.emailClaim() + ")");
    }
    if (Boolean.FALSE.equals(claims.getBooleanClaim("email_verified"))) {
      throw new SsoFailure("The identity provider has not verified your e-mail address");
    }
    String name = claims.getStringClaim("name");
    return new Person(address.trim(), name == null || name.isBlank() ? address.trim() : name);
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
        String description = response.toErrorResponse().getErrorObject().getDescription();
        throw new SsoFailure(
            "The identity provider refused the sign-in"
                + (description == null ? "" : ": " + description));
      }
      return ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
    } catch (IOException | ParseException e) {
      LOG.log(Level.WARNING, "OpenID Connect token request failed: {0}", e.getMessage());
      throw new SsoFailure("The identity provider could not be reached: try again later", e);
    }
  }

  private IDTokenClaimsSet claims(JWT idToken, Pending pending) {
    try {
      return validator().validate(idToken, new Nonce(pending.nonce()));
    } catch (Exception e) {
      LOG.log(Level.WARNING, "An ID token was refused: {0}", e.getMessage());
      throw new SsoFailure("The identity provider's token could not be verified");
    }
  }

  private OIDCProviderMetadata metadata() {
    OIDCProviderMetadata read = metadata;
    if (read == null) {
      try {
        read =
            OIDCProviderMetadata.resolve(
                new Issuer(settings.issuer()), TIMEOUT_MILLIS, TIMEOUT_MILLIS);
      } catch (IOException | com.nimbusds.oauth2.sdk.GeneralException e) {
        LOG.log(Level.WARNING, "OpenID Connect discovery failed: {0}", e.getMessage());
        throw new SsoFailure("The identity provider could not be reached: try again later", e);
      }
      metadata = read;
    }
    return read;
  }

  private IDTokenValidator validator() throws IOException {
    IDTokenValidator read = validator;
    if (read == null) {
      OIDCProviderMetadata provider = metadata();
      JWSAlgorithm algorithm =
          provider.getIDTokenJWSAlgs() == null || provider.getIDTokenJWSAlgs().isEmpty()
              ? JWSAlgorithm.RS256
              : provider.getIDTokenJWSAlgs().get(0);
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
      throw new SsoFailure("The sign-in address is not a valid URI: " + value);
    }
  }
}
