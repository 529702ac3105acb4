package org.cemtracker.account;

/** The name under which a signed-in UI session keeps its {@link CallerIdentity}. */
public final class SessionLogin {

  public static final String ATTRIBUTE = "org.cemtracker.caller";

  private SessionLogin() {}
}
