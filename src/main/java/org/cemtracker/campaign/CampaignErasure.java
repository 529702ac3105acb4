package org.cemtracker.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cemtracker.organisation.OrganisationErasing;

/**
 * Deletes an erased organisation's campaigns with their invitations, queued submissions, responses
 * and answers; the database takes the frozen trees and the results' cells and comments with the
 * campaigns.
 */
@ApplicationScoped
public class CampaignErasure {

  @PersistenceContext(unitName = "cem")
  EntityManager em;

  void onErasing(@Observes OrganisationErasing erasing) {
    String campaigns = "select c.id from Campaign c where c.organisationId = :o";
    delete(
        "delete from ResponseAnswer a where a.responseId in"
            + " (select r.id from Response r where r.campaignId in ("
            + campaigns
            + "))",
        erasing.organisationId());
    delete(
        "delete from Response r where r.campaignId in (" + campaigns + ")",
        erasing.organisationId());
    delete(
        "delete from QueuedSubmission q where q.campaignId in (" + campaigns + ")",
        erasing.organisationId());
    delete(
        "delete from Invitation i where i.campaignId in (" + campaigns + ")",
        erasing.organisationId());
    delete(
        "delete from FrozenDepartment d where d.campaignId in (" + campaigns + ")",
        erasing.organisationId());
    delete(
        "delete from CampaignStep s where s.campaignId in (" + campaigns + ")",
        erasing.organisationId());
    delete(
        "delete from DepartmentTarget t where t.campaignId in (" + campaigns + ")",
        erasing.organisationId());
    delete("delete from SharedSummaryLink s where s.organisationId = :o", erasing.organisationId());
    delete("delete from Campaign c where c.organisationId = :o", erasing.organisationId());
  }

  private void delete(String jpql, String organisationId) {
    em.createQuery(jpql).setParameter("o", organisationId).executeUpdate();
  }
}
