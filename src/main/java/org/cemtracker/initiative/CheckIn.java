package org.cemtracker.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** A dated note on how an initiative is going, with the RAG its author gave it then. */
@Entity
@Table(name = "initiative_check_in")
public class CheckIn {

  @Id private String id;

  @ManyToOne
  @JoinColumn(name = "initiative_id")
  private Initiative initiative;

  @Column(name = "check_in_date")
  private LocalDate date;

  @Enumerated(EnumType.STRING)
  private Rag rag;

  private String note;

  @Column(name = "author_email")
  private String authorEmail;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  protected CheckIn() {}

  CheckIn(Initiative initiative, LocalDate date, Rag rag, String note, String authorEmail) {
    this.id = UUID.randomUUID().toString();
    this.initiative = initiative;
    this.date = date;
    this.rag = rag;
    this.note = note;
    this.authorEmail = authorEmail;
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public String id() {
    return id;
  }

  public LocalDate date() {
    return date;
  }

  public Rag rag() {
    return rag;
  }

  public String note() {
    return note;
  }

  public String authorEmail() {
    return authorEmail;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
