package org.cemtracker.benchmark;

import java.util.List;
import java.util.Optional;
import org.cemtracker.campaign.Campaign;
import org.cemtracker.model.MaturityModel;

/**
 * A client's released figures against the consultant's other clients on the same model: the CEM
 * index and each dimension, each with the distribution of the others where at least five
 * contribute.
 */
public record Benchmark(Campaign campaign, Figure index, List<DimensionFigure> dimensions) {

  /** The client's own figure (null where it is not shown) and the others' spread, if shown. */
  public record Figure(Double own, Optional<Distribution> others) {

    /** Where the client stands, in words; null where either side is not shown. */
    public String band() {
      return own == null || others.isEmpty() ? null : others.get().band(own);
    }
  }

  public record DimensionFigure(MaturityModel.Dimension dimension, Figure figure) {}

  /** Whether any figure has a distribution to show. */
  public boolean anyShown() {
    return index.others().isPresent()
        || dimensions.stream().anyMatch(d -> d.figure().others().isPresent());
  }
}
