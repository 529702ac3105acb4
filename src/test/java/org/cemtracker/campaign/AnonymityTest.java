package org.cemtracker.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** DESIGN §2 and §9: a stored response cannot be traced to its invitation or its respondent. */
class AnonymityTest {

  @Test
  void aResponseHoldsOnlyWhereWhenAndAtWhichTierNothingThatIdentifies() {
    Map<String, Class<?>> fields =
        Arrays.stream(Response.class.getDeclaredFields())
            .filter(f -> !f.isSynthetic() && !f.getName().startsWith("_persistence"))
            .collect(Collectors.toMap(Field::getName, Field::getType));

    assertThat(fields).containsOnlyKeys("id", "campaignId", "departmentId", "tier", "submittedOn");
    assertThat(fields.get("submittedOn"))
        .as("no time finer than the day")
        .isEqualTo(LocalDate.class);
  }

  @Test
  void anInvitationRecordsThatItWasUsedButNotWhichResponseItGave() {
    assertThat(Arrays.stream(Invitation.class.getDeclaredFields()).map(Field::getName))
        .noneMatch(name -> name.toLowerCase().contains("response"));
  }
}
