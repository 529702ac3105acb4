package org.cemtracker.initiative;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cemtracker.notice.Notices;
import org.cemtracker.notice.Told;

/**
 * Tells initiative owners what needs them (issue 16, item 5): a milestone past its date and not
 * done; a check-in due, {@value #CHECK_IN_DAYS} days after the last one (or the start) of an
 * initiative under way. Each once: the topic names the milestone and its date, or the check-in it
 * follows.
 */
@ApplicationScoped
@Transactional
public class InitiativeWatch {

  static final int CHECK_IN_DAYS = 14;
  static final Set<InitiativeStatus> UNDER_WAY =
      EnumSet.of(InitiativeStatus.APPROVED, InitiativeStatus.IN_PROGRESS, InitiativeStatus.BLOCKED);

  @PersistenceContext(unitName = "cem")
  EntityManager em;

  @Inject Notices notices;

  /** Looks at the initiatives under way, of one organisation or all (null), as of a day. */
  public void look(LocalDate today, String organisationId) {
    TypedQuery<Initiative> query =
        em.createQuery(
                "select i from Initiative i where i.status in :s and i.ownerId is not null"
                    + (organisationId == null ? "" : " and i.organisationId = :o"),
                Initiative.class)
            .setParameter("s", UNDER_WAY);
    if (organisationId != null) {
      query.setParameter("o", organisationId);
    }
    for (Initiative initiative : query.getResultList()) {
      overdue(initiative, today);
      checkInDue(initiative, today);
    }
  }

  private void overdue(Initiative initiative, LocalDate today) {
    for (Milestone milestone : initiative.milestones()) {
      if (!milestone.done() && milestone.dueDate() != null && milestone.dueDate().isBefore(today)) {
        tell(
            initiative,
            "overdue:" + milestone.id() + ":" + milestone.dueDate(),
            "The milestone “"
                + milestone.title()
                + "” of your initiative “"
                + initiative.title()
                + "” was due on "
                + milestone.dueDate()
                + " and is not done.");
      }
    }
  }

  private void checkInDue(Initiative initiative, LocalDate today) {
    List<CheckIn> checkIns = initiative.checkIns();
    LocalDate last =
        checkIns.isEmpty()
            ? (initiative.startDate() != null
                ? initiative.startDate()
                : initiative.createdAt().toLocalDate())
            : checkIns.get(checkIns.size() - 1).date();
    if (!last.plusDays(CHECK_IN_DAYS).isAfter(today)) {
      tell(
          initiative,
          "check-in:" + initiative.id() + ":" + last,
          "A check-in is due for your initiative “"
              + initiative.title()
              + "”: the last was on "
              + last
              + ". How is it going, green, amber or red?");
    }
  }

  private void tell(Initiative initiative, String topic, String text) {
    notices.tell(
        new Told(
            initiative.ownerId(),
            initiative.organisationId(),
            topic,
            text,
            "initiatives/" + initiative.id()));
  }
}
