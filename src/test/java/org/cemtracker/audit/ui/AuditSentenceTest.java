package org.cemtracker.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The audit log reads as sentences, its changes as lines in words. */
class AuditSentenceTest {

  @Test
  void anEventIsOneSentenceNamingWhoWhatAndWhich() {
    assertThat(AuditSentence.of("lea@example.org", "PHASE_OPENED", "campaign", "Wave 2"))
        .isEqualTo("lea@example.org opened a phase of the campaign “Wave 2”.");
    assertThat(AuditSentence.of(null, "RAW_ANSWERS_DELETED", "campaign", "Wave 1"))
        .isEqualTo("The system deleted the raw answers of the campaign “Wave 1”.");
    assertThat(AuditSentence.of("a@example.org", "SOMETHING_NEW", "widget", ""))
        .isEqualTo("a@example.org something new the widget.");
  }

  @Test
  void changesAreLinesWithFieldNamesInWords() {
    assertThat(
            AuditSentence.changes(
                "{\"status\":{\"from\":\"PROPOSED\",\"to\":\"APPROVED\"},"
                    + "\"departmentPaths\":{\"from\":[],\"to\":[\"Sales\",\"IT\"]},"
                    + "\"customerFacing\":{\"to\":true},\"dueDate\":{\"from\":\"2027-03-01\",\"to\":null}}"))
        .containsExactly(
            "Status: PROPOSED → APPROVED",
            "Department paths: none → Sales, IT",
            "Customer facing: yes",
            "Due date: 2027-03-01 → —");
    assertThat(AuditSentence.changes(null)).isEmpty();
  }
}
