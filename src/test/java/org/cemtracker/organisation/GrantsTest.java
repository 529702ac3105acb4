package org.cemtracker.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GrantsTest {

  @ParameterizedTest(name = "{0} granting {1} to another member: {2}")
  @CsvSource({
    "CONSULTANT,      CONSULTANT,      true",
    "CONSULTANT,      LEADER,          true",
    "CONSULTANT,      HR,              true",
    "CONSULTANT,      DEPARTMENT_HEAD, true",
    "HR,              CONSULTANT,      false",
    "HR,              LEADER,          true",
    "HR,              HR,              true",
    "HR,              DEPARTMENT_HEAD, true",
    "LEADER,          DEPARTMENT_HEAD, false",
    "LEADER,          LEADER,          false",
    "DEPARTMENT_HEAD, DEPARTMENT_HEAD, false",
  })
  void theTableOfWhoGrantsWhat(Role caller, Role granted, boolean allowed) {
    assertThat(Grants.refusal(false, EnumSet.of(caller), false, granted).isEmpty())
        .isEqualTo(allowed);
  }

  @ParameterizedTest(name = "{0} changing their own membership to {1}")
  @CsvSource({"CONSULTANT, CONSULTANT", "CONSULTANT, DEPARTMENT_HEAD", "HR, HR", "HR, CONSULTANT"})
  void nobodyChangesTheirOwnMembership(Role caller, Role granted) {
    assertThat(Grants.refusal(false, EnumSet.of(caller), true, granted))
        .hasValueSatisfying(r -> assertThat(r).contains("their own membership"));
  }

  @ParameterizedTest(name = "an administrator grants {0}, also to themselves")
  @CsvSource({"CONSULTANT", "HR", "LEADER", "DEPARTMENT_HEAD"})
  void administratorsGrantEveryRole(Role granted) {
    assertThat(Grants.refusal(true, Set.of(), true, granted)).isEmpty();
  }

  @ParameterizedTest(name = "a member who is HR and a department head grants {0}: {1}")
  @CsvSource({"CONSULTANT, false", "LEADER, true"})
  void theHighestManagingRoleCounts(Role granted, boolean allowed) {
    assertThat(
            Grants.refusal(false, EnumSet.of(Role.HR, Role.DEPARTMENT_HEAD), false, granted)
                .isEmpty())
        .isEqualTo(allowed);
  }
}
