package org.cemtracker.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cemtracker.model.Tier;
import org.cemtracker.organisation.Department;
import org.cemtracker.organisation.DepartmentRepository;
import org.cemtracker.organisation.Organisation;
import org.cemtracker.organisation.OrganisationRepository;

/**
 * Opens a phase, and on the first opening freezes k, c and the department tree into the campaign:
 * the organisation's active departments and any other department the campaign already invited.
 */
@ApplicationScoped
class CampaignOpening {

  @Inject OrganisationRepository organisations;
  @Inject DepartmentRepository departments;
  @Inject InvitationRepository invitations;
  @Inject FrozenTreeRepository trees;
  @Inject Event<CampaignFrozen> frozen;

  void open(Campaign campaign, Tier tier) {
    Organisation organisation = organisations.find(campaign.organisationId()).orElseThrow();
    if (!campaign.open(tier, organisation.anonymityThreshold(), organisation.commentThreshold())) {
      return;
    }
    Map<String, Department> tree = new LinkedHashMap<>();
    departments.findActive(organisation.id()).forEach(d -> tree.put(d.id(), d));
    for (Object[] row : invitations.counts(campaign.id())) {
      departments
          .find(organisation.id(), (String) row[0])
          .ifPresent(d -> tree.putIfAbsent(d.id(), d));
    }
    List<FrozenDepartment> snapshot = new ArrayList<>();
    tree.values().forEach(d -> snapshot.add(new FrozenDepartment(campaign.id(), d)));
    trees.store(snapshot);
    frozen.fire(
        new CampaignFrozen(
            campaign.id(),
            campaign.model(),
            snapshot.stream().map(FrozenDepartment::unit).toList()));
  }
}
