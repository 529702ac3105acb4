package org.cemtracker.base.ui;

/** What the main layout shows of the signed-in user; provided by the account feature. */
public interface UserMenu {

  String name();

  String email();

  /** The route of the user's own account page. */
  String accountRoute();

  void signOut();
}
