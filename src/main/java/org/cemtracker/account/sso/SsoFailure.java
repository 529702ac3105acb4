package org.cemtracker.account.sso;

/**
 * Single sign-on did not sign anyone in. The login page says why from {@link #code} alone, in the
 * user's language; what the provider said goes to the log only, so that no link can put text of its
 * own on the login page.
 */
public class SsoFailure extends RuntimeException {

  /** Why, as the login page knows it: each has a text {@code account.login.ssoError.<code>}. */
  public enum Code {
    NOT_STARTED,
    REFUSED,
    UNREACHABLE,
    NO_EMAIL,
    UNVERIFIED,
    NO_ACCOUNT,
    DISABLED,
    OTHER_IDENTITY,
    TOKEN,
    FAILED;

    public String key() {
      return "account.login.ssoError." + name();
    }
  }

  private final Code code;

  public SsoFailure(Code code, String detail) {
    super(detail);
    this.code = code;
  }

  public SsoFailure(Code code, String detail, Throwable cause) {
    super(detail, cause);
    this.code = code;
  }

  public Code code() {
    return code;
  }
}
