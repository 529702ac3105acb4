package org.cemtracker.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** One change: who made it, when, to which entity, and its fields' old and new values. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  @Id private String id;

  @Column(name = "organisation_id")
  private String organisationId;

  private OffsetDateTime at;

  @Column(name = "actor_email")
  private String actorEmail;

  private String action;
  private String entity;

  @Column(name = "entity_id")
  private String entityId;

  /** What the entity was called when it changed: a title, a name, a member's e-mail. */
  private String subject;

  /** A JSON object: field → {from, to}. */
  private String changes;

  protected AuditEvent() {}

  AuditEvent(
      String organisationId,
      String actorEmail,
      String action,
      String entity,
      String entityId,
      String subject,
      String changes) {
    this.id = UUID.randomUUID().toString();
    this.organisationId = organisationId;
    this.at = OffsetDateTime.now(ZoneOffset.UTC);
    this.actorEmail = actorEmail;
    this.action = action;
    this.entity = entity;
    this.entityId = entityId;
    this.subject = subject == null || subject.length() <= 254 ? subject : subject.substring(0, 254);
    this.changes = changes;
  }

  /** An event as another instance exported it, at its own moment. */
  AuditEvent(String organisationId, OffsetDateTime at, AuditEvent of) {
    this(organisationId, of.actorEmail, of.action, of.entity, of.entityId, of.subject, of.changes);
    this.at = at;
  }

  public String id() {
    return id;
  }

  public String organisationId() {
    return organisationId;
  }

  public OffsetDateTime at() {
    return at;
  }

  public String actorEmail() {
    return actorEmail;
  }

  public String action() {
    return action;
  }

  public String entity() {
    return entity;
  }

  public String entityId() {
    return entityId;
  }

  public String subject() {
    return subject;
  }

  public String changes() {
    return changes;
  }
}
