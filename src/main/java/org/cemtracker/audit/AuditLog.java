package org.cemtracker.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.cemtracker.account.CallerIdentity;
import org.cemtracker.account.CurrentCaller;

/**
 * Records changes in the caller's transaction, so that a change and its audit event are stored
 * together or not at all; reads the log for those the organisation lets read it.
 */
@ApplicationScoped
@Transactional
public class AuditLog {

  static final int MAX_EVENTS = 500;

  @Inject AuditRepository events;
  @Inject CurrentCaller caller;
  @Inject AuditReaders readers;

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      String organisationId,
      String action,
      String entity,
      String entityId,
      String subject,
      Changes changes) {
    String actor = caller.identity().map(CallerIdentity::email).orElse("system");
    events.store(
        new AuditEvent(organisationId, actor, action, entity, entityId, subject, changes.toJson()));
  }

  /** The organisations whose log the caller may read: id → name. */
  public java.util.Map<String, String> organisations() {
    return readers.readable();
  }

  /** The newest events first, at most {@code limit} (up to 500); of one entity if given. */
  public List<AuditEvent> events(String organisationId, String entityId, int limit) {
    readers.requireReader(organisationId);
    return events.findByOrganisation(
        organisationId, entityId, Math.max(1, Math.min(limit, MAX_EVENTS)));
  }
}
