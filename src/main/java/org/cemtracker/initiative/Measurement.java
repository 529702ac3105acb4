package org.cemtracker.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A KPI's value on a day. */
@Embeddable
public class Measurement {

  @Column(name = "measured_on")
  private LocalDate date;

  @Column(name = "measured")
  private double value;

  protected Measurement() {}

  Measurement(LocalDate date, double value) {
    this.date = date;
    this.value = value;
  }

  public LocalDate date() {
    return date;
  }

  public double value() {
    return value;
  }
}
