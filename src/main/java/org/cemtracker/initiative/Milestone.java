package org.cemtracker.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A dated step of an initiative's plan. */
@Entity
@Table(name = "initiative_milestone")
public class Milestone {

  @Id private String id;

  @ManyToOne
  @JoinColumn(name = "initiative_id")
  private Initiative initiative;

  private int position;
  private String title;

  @Column(name = "due_date")
  private LocalDate dueDate;

  private boolean done;

  protected Milestone() {}

  Milestone(Initiative initiative, String title, LocalDate dueDate, boolean done) {
    this.id = UUID.randomUUID().toString();
    this.initiative = initiative;
    update(0, title, dueDate, done);
  }

  void update(int position, String title, LocalDate dueDate, boolean done) {
    this.position = position;
    this.title = title;
    this.dueDate = dueDate;
    this.done = done;
  }

  void markDone(boolean done) {
    this.done = done;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public boolean done() {
    return done;
  }

  public boolean isOverdue(LocalDate today) {
    return !done && dueDate != null && dueDate.isBefore(today);
  }
}
