package org.cemtracker.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
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
  @Inject GroupCommit commits;
  @Inject CampaignOpening opening;
  @Inject Event<CampaignClosing> closing;
  @Inject SubmissionWriter writer;

  @Transactional
  public String campaign(String organisationId, MaturityModel model, String name) {
    Campaign campaign = campaigns.store(new Campaign(organisationId, name, model));
    for (Tier tier : Tier.values()) {
      opening.open(campaign, tier);
    }
    return campaign.id();
  }

  /** One response of a batch: department path, tier, answers and comments by question id. */
  public record Seed(
      String departmentPath,
      Tier tier,
      Map<String, Integer> answers,
      Map<String, String> comments) {}

  /** Many responses in one transaction, each through the questionnaire service. */
  @Transactional
  public void respondAll(String campaignId, String organisationId, List<Seed> seeds) {
    List<GroupCommit.Submission> group = new ArrayList<>();
    for (Seed seed : seeds) {
      String token = invite(campaignId, organisationId, seed.departmentPath(), seed.tier());
      group.add(
          new GroupCommit.Submission(
              token, new SurveyService.SurveyAnswers(seed.answers(), seed.comments())));
    }
    for (GroupCommit.Outcome outcome : commits.commitWithin(group)) {
      if (outcome.problem() != null) {
        throw outcome.problem();
      }
    }
  }

  private String invite(
      String campaignId, String organisationId, String departmentPath, Tier tier) {
    Department department = departments.findByPath(organisationId, departmentPath).orElseThrow();
    String token = Secrets.random(32);
    invitations.store(
        new Invitation(campaignId, department.id(), tier, Secrets.sha256(token), null));
    return token;
  }

  /** Closes the campaign and publishes its results. */
  @Transactional
  public void close(String campaignId) {
    Campaign campaign = campaigns.lock(campaignId).orElseThrow();
    closing.fire(new CampaignClosing(campaignId));
    writer.moveAll(campaign);
    campaign.close();
    campaign.publish();
  }

  /**
   * Closes and publishes the campaign as a wave that ran in the past: opened {@code openedDaysAgo}
   * days ago, closed {@code closedDaysAgo} days ago.
   */
  @Transactional
  public void closeAsRun(String campaignId, int openedDaysAgo, int closedDaysAgo) {
    close(campaignId);
    campaigns.lock(campaignId).orElseThrow().backdate(openedDaysAgo, closedDaysAgo);
  }
}
