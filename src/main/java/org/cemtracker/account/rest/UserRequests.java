package org.cemtracker.account.rest;

/** Request bodies of the user and token endpoints. */
public final class UserRequests {
  private UserRequests() {}

  public record Create(String email, String name, String password, Boolean admin) {}

  public record Update(String name, Boolean admin, Boolean enabled, Long version) {}

  public record Password(String password) {}

  public record OwnPassword(String currentPassword, String password) {}

  public record NewToken(String name) {}
}
