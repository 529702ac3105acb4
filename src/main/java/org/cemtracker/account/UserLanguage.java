package org.cemtracker.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The UI language a user chose for themselves, if they chose one. */
@ApplicationScoped
public class UserLanguage {

  @Inject UserRepository users;

  public Optional<String> of(String userId) {
    return users.find(userId).map(User::language);
  }
}
