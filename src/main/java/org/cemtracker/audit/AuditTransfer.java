package org.cemtracker.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.cemtracker.base.Problem;

/**
 * An organisation's audit log in its export, and restored with it: the events keep their moments,
 * actors and changes; the ids they name are mapped to the new ones where the file had them.
 */
@ApplicationScoped
public class AuditTransfer {

  @Inject AuditRepository events;

  public record AuditData(
      String at,
      String actorEmail,
      String action,
      String entity,
      String entityId,
      String subject,
      String changes) {}

  public List<AuditData> export(String organisationId) {
    return events.findByOrganisation(organisationId, null, Integer.MAX_VALUE).stream()
        .map(
            e ->
                new AuditData(
                    e.at().toString(),
                    e.actorEmail(),
                    e.action(),
                    e.entity(),
                    e.entityId(),
                    e.subject(),
                    e.changes()))
        .toList();
  }

  /** Restores the log; {@code ids} maps an exported id to its new one (or returns it as it is). */
  public void restore(String organisationId, List<AuditData> data, UnaryOperator<String> ids) {
    for (int i = 0; i < data.size(); i++) {
      AuditData d = data.get(i);
      OffsetDateTime at;
      try {
        at = OffsetDateTime.parse(String.valueOf(d.at()));
      } catch (DateTimeParseException e) {
        throw Problem.invalid(
            "audit[" + i + "].at", "must be a moment such as 2026-12-01T09:30:00Z");
      }
      if (d.action() == null || d.entity() == null || d.entityId() == null) {
        throw Problem.invalid("audit[" + i + "]", "needs an action, an entity and its id");
      }
      AuditEvent event =
          new AuditEvent(
              organisationId,
              d.actorEmail(),
              d.action(),
              d.entity(),
              ids.apply(d.entityId()),
              d.subject(),
              d.changes());
      events.store(new AuditEvent(organisationId, at, event));
    }
  }
}
