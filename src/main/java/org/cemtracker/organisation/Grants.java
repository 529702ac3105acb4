package org.cemtracker.organisation;

import java.util.Optional;
import java.util.Set;

/**
 * Who may grant or take away which role in an organisation (README, "Roles"): administrators any; a
 * member who manages the organisation (consultant, HR) only roles no higher than their own, and
 * never their own membership. Plain logic, so that the table is tested as a table.
 */
public final class Grants {

  private Grants() {}

  /**
   * @param callerRoles the caller's roles in the organisation
   * @param self whether the membership is the caller's own
   * @return why the caller may not grant (or remove) the role, or nothing if they may
   */
  public static Optional<String> refusal(
      boolean admin, Set<Role> callerRoles, boolean self, Role role) {
    if (admin) {
      return Optional.empty();
    }
    int own =
        callerRoles.stream()
            .filter(Access.MANAGERS::contains)
            .mapToInt(Grants::rank)
            .max()
            .orElse(0);
    if (own == 0) {
      return Optional.of("Only the organisation's consultants and HR may change its members");
    }
    if (self) {
      return Optional.of(
          "Nobody may change their own membership: ask another consultant or an administrator");
    }
    if (rank(role) > own) {
      return Optional.of(
          "A role above your own cannot be granted or taken away by you: "
              + role
              + " needs a"
              + " consultant or an administrator");
    }
    return Optional.empty();
  }

  /** Consultants above leaders and HR, who are above department heads. */
  static int rank(Role role) {
    return switch (role) {
      case CONSULTANT -> 3;
      case LEADER, HR -> 2;
      case DEPARTMENT_HEAD -> 1;
    };
  }
}
