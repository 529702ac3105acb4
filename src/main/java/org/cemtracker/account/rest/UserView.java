package org.cemtracker.account.rest;

import java.time.OffsetDateTime;
import org.cemtracker.account.User;

/** A user as the API shows it; never the password hash. */
public record UserView(
    String id,
    String email,
    String name,
    boolean admin,
    boolean enabled,
    OffsetDateTime createdAt,
    long version) {

  static UserView of(User user) {
    return new UserView(
        user.id(),
        user.email(),
        user.name(),
        user.isAdmin(),
        user.isEnabled(),
        user.createdAt(),
        user.version());
  }
}
