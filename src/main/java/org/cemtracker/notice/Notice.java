package org.cemtracker.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Something the app told one user, once per topic: in the app, and by e-mail when it can. */
@Entity
@Table(name = "notice")
public class Notice {

  @Id private String id;

  @Column(name = "user_id")
  private String userId;

  @Column(name = "organisation_id")
  private String organisationId;

  private String topic;
  private String text;
  private String link;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "read_at")
  private OffsetDateTime readAt;

  protected Notice() {}

  Notice(Told told, OffsetDateTime at) {
    this.id = UUID.randomUUID().toString();
    this.userId = told.userId();
    this.organisationId = told.organisationId();
    this.topic = told.topic();
    this.text = told.text().length() > 500 ? told.text().substring(0, 500) : told.text();
    this.link = told.link();
    this.createdAt = at;
  }

  void read(OffsetDateTime at) {
    if (readAt == null) {
      readAt = at;
    }
  }

  public String id() {
    return id;
  }

  String userId() {
    return userId;
  }

  public String text() {
    return text;
  }

  /** Where in the app it leads, relative to the app's address (e.g. {@code initiatives/…}). */
  public String link() {
    return link;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public boolean isRead() {
    return readAt != null;
  }
}
