package org.cemtracker.results;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.cemtracker.model.Tier;
import org.cemtracker.scoring.Answers;
import org.cemtracker.scoring.Cell;
import org.cemtracker.scoring.CellSums;
import org.cemtracker.scoring.ScoringModel;

/**
 * The aggregate of one cell (campaign × department × tier): the {@link CellSums} every figure is
 * computed from, updated in each submission's transaction. Results read these, never raw answers,
 * so a campaign's results cost in proportion to its cells.
 */
@Entity
@Table(name = "result_cell")
@IdClass(ResultCell.Key.class)
public class ResultCell {

  @Id
  @Column(name = "campaign_id")
  private String campaignId;

  @Id
  @Column(name = "department_id")
  private String departmentId;

  @Id private String tier;

  private long responses;
  private String sums;

  protected ResultCell() {}

  ResultCell(String campaignId, String departmentId, Tier tier, CellSums sums) {
    this.campaignId = campaignId;
    this.departmentId = departmentId;
    this.tier = tier.name();
    keep(sums);
  }

  /** Adds one response to the cell. */
  void add(ScoringModel model, Answers answers) {
    CellSums current = sums(model);
    current.add(model, answers);
    keep(current);
  }

  private void keep(CellSums current) {
    this.sums = current.encode();
    this.responses = current.responses();
  }

  CellSums sums(ScoringModel model) {
    return CellSums.decode(model, tier(), sums);
  }

  String departmentId() {
    return departmentId;
  }

  String tierName() {
    return tier;
  }

  String sumsText() {
    return sums;
  }

  Cell cell() {
    return new Cell(departmentId, tier());
  }

  Tier tier() {
    return Tier.valueOf(tier);
  }

  static Key key(String campaignId, String departmentId, Tier tier) {
    Key key = new Key();
    key.campaignId = campaignId;
    key.departmentId = departmentId;
    key.tier = tier.name();
    return key;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private String campaignId;
    private String departmentId;
    private String tier;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k
          && Objects.equals(campaignId, k.campaignId)
          && Objects.equals(departmentId, k.departmentId)
          && Objects.equals(tier, k.tier);
    }

    @Override
    public int hashCode() {
      return Objects.hash(campaignId, departmentId, tier);
    }
  }
}
