package org.cemtracker.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.cemtracker.base.Problem;

/** The caller of the current request, as the authentication mechanism established it. */
@RequestScoped
public class CurrentCaller {

  @Inject SecurityContext security;
  @Inject UserRepository users;

  private Optional<CallerIdentity> identity;

  public Optional<CallerIdentity> identity() {
    if (identity == null) {
      Principal principal = security.getCallerPrincipal();
      identity =
          principal == null
              ? Optional.empty()
              : users.find(principal.getName()).filter(User::isEnabled).map(User::identity);
    }
    return identity;
  }

  public CallerIdentity require() {
    return identity().orElseThrow(() -> Problem.unauthenticated("Sign in first"));
  }

  public CallerIdentity requireAdmin() {
    CallerIdentity caller = require();
    if (!caller.admin()) {
      throw Problem.forbidden("Only administrators may do this");
    }
    return caller;
  }
}
