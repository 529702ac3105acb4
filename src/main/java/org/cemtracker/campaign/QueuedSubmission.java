package org.cemtracker.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cemtracker.model.Tier;

/**
 * A submission on its way into the response tables: where, at which tier, on which day, and its
 * validated answers (a level, or null for "don't know") and comments. Like a response it holds no
 * invitation, receipt or time of day; unlike one it lives only until the writer moves it.
 */
@Entity
@Table(name = "submission_queue")
public class QueuedSubmission {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the answers column holds. */
  record Content(Map<String, Integer> answers, Map<String, String> comments) {}

  @Id private String id;

  @Column(name = "campaign_id")
  private String campaignId;

  @Column(name = "department_id")
  private String departmentId;

  @Enumerated(EnumType.STRING)
  private Tier tier;

  @Column(name = "submitted_on")
  private LocalDate submittedOn;

  private String answers;

  protected QueuedSubmission() {}

  QueuedSubmission(
      String campaignId,
      String departmentId,
      Tier tier,
      Map<String, Integer> answers,
      Map<String, String> comments) {
    this.id = GrowingIds.next();
    this.campaignId = campaignId;
    this.departmentId = departmentId;
    this.tier = tier;
    this.submittedOn = LocalDate.now(ZoneOffset.UTC);
    try {
      this.answers =
          JSON.writeValueAsString(
              new Content(new LinkedHashMap<>(answers), new LinkedHashMap<>(comments)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a submission could not be queued", e);
    }
  }

  String campaignId() {
    return campaignId;
  }

  String departmentId() {
    return departmentId;
  }

  Tier tier() {
    return tier;
  }

  LocalDate submittedOn() {
    return submittedOn;
  }

  Content content() {
    try {
      return JSON.readValue(answers, new TypeReference<Content>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a queued submission of " + campaignId + " is unreadable", e);
    }
  }
}
