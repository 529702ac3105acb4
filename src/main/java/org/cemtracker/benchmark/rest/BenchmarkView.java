package org.cemtracker.benchmark.rest;

import java.util.List;
import org.cemtracker.benchmark.Benchmark;
import org.cemtracker.benchmark.Distribution;

/**
 * A benchmark as JSON: figures to one decimal; where a distribution is not shown, its figures are
 * null and {@code withheld} says why.
 */
public record BenchmarkView(
    String campaignId,
    String modelId,
    int minimumOrganisations,
    FigureView index,
    List<DimensionView> dimensions) {

  static final String WITHHELD =
      "fewer than " + Distribution.MIN_ORGANISATIONS + " other clients contribute on this model";

  public record FigureView(
      Double own,
      Integer organisations,
      Double lowerQuartile,
      Double median,
      Double upperQuartile,
      Double top10,
      String band,
      String withheld) {

    static FigureView of(Benchmark.Figure figure) {
      if (figure.others().isEmpty()) {
        return new FigureView(round(figure.own()), null, null, null, null, null, null, WITHHELD);
      }
      Distribution d = figure.others().get();
      return new FigureView(
          round(figure.own()),
          d.organisations(),
          round(d.lowerQuartile()),
          round(d.median()),
          round(d.upperQuartile()),
          round(d.top10()),
          figure.band(),
          null);
    }
  }

  public record DimensionView(String id, String name, FigureView figure) {}

  static BenchmarkView of(Benchmark benchmark) {
    return new BenchmarkView(
        benchmark.campaign().id(),
        benchmark.campaign().model().id(),
        Distribution.MIN_ORGANISATIONS,
        FigureView.of(benchmark.index()),
        benchmark.dimensions().stream()
            .map(
                d ->
                    new DimensionView(
                        d.dimension().id(), d.dimension().name(), FigureView.of(d.figure())))
            .toList());
  }

  static Double round(Double value) {
    return value == null ? null : Math.round(value * 10) / 10.0;
  }
}
