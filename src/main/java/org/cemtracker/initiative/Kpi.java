package org.cemtracker.initiative;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A measure of an initiative's success: a baseline, a target and dated measurements. */
@Entity
@Table(name = "initiative_kpi")
public class Kpi {

  @Id private String id;

  @ManyToOne
  @JoinColumn(name = "initiative_id")
  private Initiative initiative;

  private int position;
  private String name;
  private String unit;
  private Double baseline;
  private Double target;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "kpi_measurement", joinColumns = @JoinColumn(name = "kpi_id"))
  private List<Measurement> measurements = new ArrayList<>();

  protected Kpi() {}

  Kpi(Initiative initiative, String name) {
    this.id = UUID.randomUUID().toString();
    this.initiative = initiative;
    this.name = name;
  }

  void update(int position, String name, String unit, Double baseline, Double target) {
    this.position = position;
    this.name = name;
    this.unit = unit;
    this.baseline = baseline;
    this.target = target;
  }

  /** Replaces the measurements; one per day, the later given wins. */
  void replaceMeasurements(List<Measurement> values) {
    measurements.clear();
    values.forEach(this::record);
  }

  /** Records a value for a day, replacing that day's earlier value. */
  void record(Measurement measurement) {
    measurements.removeIf(m -> m.date().equals(measurement.date()));
    measurements.add(measurement);
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String unit() {
    return unit;
  }

  public Double baseline() {
    return baseline;
  }

  public Double target() {
    return target;
  }

  /** Oldest first. */
  public List<Measurement> measurements() {
    return measurements.stream().sorted(Comparator.comparing(Measurement::date)).toList();
  }

  /** How far the latest value has come from the baseline towards the target (0–1), if known. */
  public Double progress() {
    List<Measurement> values = measurements();
    if (baseline == null || target == null || target.equals(baseline) || values.isEmpty()) {
      return null;
    }
    double latest = values.get(values.size() - 1).value();
    return (latest - baseline) / (target - baseline);
  }

  /**
   * The progress in words that also read right past the target and on the wrong side of the
   * baseline ("40 % of the way from baseline to target", "target reached", "moving away from the
   * target: 5 below the baseline"); null where {@link #progress} is.
   */
  public String progressInWords() {
    Double progress = progress();
    if (progress == null) {
      return null;
    }
    if (progress >= 1) {
      return "target reached";
    }
    if (progress < 0) {
      double latest = measurements().get(measurements().size() - 1).value();
      return "moving away from the target: "
          + new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH))
              .format(Math.abs(latest - baseline))
          + (latest < baseline ? " below" : " above")
          + " the baseline";
    }
    return String.format(
        Locale.ENGLISH, "%.0f %% of the way from baseline to target", progress * 100);
  }
}
