package org.cemtracker.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.cemtracker.account.Secrets;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.model.Tier;
import org.cemtracker.organisation.Department;
import org.cemtracker.organisation.DepartmentRepository;

/**
 * Runs campaigns without a caller, for the demo data seeded at start-up. Responses go through the
 * same questionnaire service as real ones, so they are stored the same anonymous way.
 */
@ApplicationScoped
public class CampaignSeeding {

  @Inject CampaignRepository campaigns;
  @Inject InvitationRepository invitations;
  @Inject DepartmentRepository departments;
  @Inject SurveyService survey;

  @Transactional
  public String campaign(String organisationId, MaturityModel model, String name) {
    Campaign campaign = campaigns.store(new Campaign(organisationId, name, model));
    for (Tier tier : Tier.values()) {
      campaign.open(tier);
    }
    return campaign.id();
  }

  /** One response from a respondent of the department and tier, in one transaction. */
  @Transactional
  public void respond(
      String campaignId,
      String organisationId,
      String departmentPath,
      Tier tier,
      Map<String, Integer> answers) {
    String token = invite(campaignId, organisationId, departmentPath, tier);
    survey.submit(token, new SurveyService.SurveyAnswers(answers, Map.of()));
  }

  private String invite(
      String campaignId, String organisationId, String departmentPath, Tier tier) {
    Department department = departments.findByPath(organisationId, departmentPath).orElseThrow();
    String token = Secrets.random(32);
    invitations.store(
        new Invitation(campaignId, department.id(), tier, Secrets.sha256(token), null));
    return token;
  }

  @Transactional
  public void close(String campaignId) {
    Campaign campaign = campaigns.find(campaignId).orElseThrow();
    campaign.close();
    campaign.publish();
  }
}
