package org.cemtracker.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cemtracker.notice.Notices;
import org.cemtracker.notice.Told;
import org.cemtracker.organisation.MembershipRepository;
import org.cemtracker.organisation.Role;

/** Tells an organisation's consultants about one of its campaigns (issue 16, item 5). */
@ApplicationScoped
public class ConsultantNotices {

  @Inject MembershipRepository memberships;
  @Inject Notices notices;

  void tell(Campaign campaign, String topic, String text, String link) {
    memberships.findByOrganisation(campaign.organisationId()).stream()
        .filter(m -> m.role() == Role.CONSULTANT)
        .forEach(
            m -> notices.tell(new Told(m.userId(), campaign.organisationId(), topic, text, link)));
  }
}
