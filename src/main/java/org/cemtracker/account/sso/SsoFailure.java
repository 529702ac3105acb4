package org.cemtracker.account.sso;

/** Single sign-on did not sign anyone in; the message says why, in the user's terms. */
public class SsoFailure extends RuntimeException {

  public SsoFailure(String message) {
    super(message);
  }

  public SsoFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
