package org.cemtracker.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.cemtracker.account.CallerIdentity;
import org.cemtracker.account.CurrentCaller;
import org.cemtracker.base.Problem;

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

  /**
   * Records an event of the instance itself, tied to no organisation (an organisation's erasure,
   * which takes its own log with it): who, when, what and its id, never the erased data.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordInstance(String action, String entity, String entityId, Changes changes) {
    String actor = caller.identity().map(CallerIdentity::email).orElse("system");
    events.store(new AuditEvent(null, actor, action, entity, entityId, null, changes.toJson()));
  }

  /** The instance's own events, newest first: for administrators. */
  public List<AuditEvent> instanceEvents(int limit) {
    if (!caller.require().admin()) {
      throw Problem.forbidden("Only administrators read the instance's audit log");
    }
    return events.findByOrganisation(null, null, Math.max(1, Math.min(limit, MAX_EVENTS)));
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
