package org.cemtracker.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Creates organisations without a caller, for the demo data seeded at start-up when {@code
 * CEM_DEMO=true}. Nothing reachable from the UI or the API calls it.
 */
@ApplicationScoped
@Transactional
public class Seeding {

  @Inject OrganisationRepository organisations;
  @Inject OrganisationService service;

  public Optional<Organisation> findByName(String name) {
    return organisations.findAll().stream().filter(o -> o.name().equals(name)).findFirst();
  }

  public Organisation organisation(
      String name, String industry, int threshold, List<DepartmentRow> departments) {
    Organisation organisation = organisations.store(new Organisation(name, industry, threshold));
    service.replaceTree(organisation.id(), departments);
    return organisation;
  }
}
