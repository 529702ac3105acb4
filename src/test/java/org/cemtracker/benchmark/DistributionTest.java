package org.cemtracker.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class DistributionTest {

  @Test
  void fewerThanFiveOrganisationsGiveNoDistributionAndHiddenFiguresDoNotCount() {
    assertThat(Distribution.of(List.of(10.0, 20.0, 30.0, 40.0))).isEmpty();
    assertThat(Distribution.of(Arrays.asList(10.0, 20.0, null, 30.0, 40.0))).isEmpty();
    assertThat(Distribution.of(List.of(10.0, 20.0, 30.0, 40.0, 50.0))).isPresent();
  }

  @Test
  void quartilesInterpolateBetweenTheOrderedValues() {
    Distribution d = Distribution.of(List.of(50.0, 10.0, 40.0, 20.0, 30.0)).orElseThrow();
    assertThat(d.organisations()).isEqualTo(5);
    assertThat(d.lowerQuartile()).isEqualTo(20.0);
    assertThat(d.median()).isEqualTo(30.0);
    assertThat(d.upperQuartile()).isEqualTo(40.0);
    // with fewer than ten, no top-10 % line: with the upper quartile it would give the highest away
    assertThat(d.top10()).isNull();
    Distribution six = Distribution.of(List.of(10.0, 20.0, 30.0, 40.0, 50.0, 60.0)).orElseThrow();
    assertThat(six.median()).isCloseTo(35.0, within(1e-9));
    assertThat(six.lowerQuartile()).isCloseTo(22.5, within(1e-9));
    Distribution ten =
        Distribution.of(List.of(10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0, 100.0))
            .orElseThrow();
    assertThat(ten.top10()).isCloseTo(91.0, within(1e-9));
    assertThat(ten.band(95)).isEqualTo("in the top 10 %");
    assertThat(ten.band(85)).isEqualTo("in the top quarter");
    assertThat(d.band(47)).isEqualTo("in the top quarter");
    assertThat(d.band(40)).isEqualTo("in the top quarter");
    assertThat(d.band(30)).isEqualTo("above the median");
    assertThat(d.band(25)).isEqualTo("below the median");
    assertThat(d.band(19.9)).isEqualTo("in the bottom quarter");
  }

  @Property(tries = 300)
  void theFiguresAreOrderedIndependentOfOrderAndNeverTheLowestOrHighestAlone(
      @ForAll @Size(min = 5, max = 40) List<@DoubleRange(min = 0, max = 100) Double> values,
      @ForAll long seed) {
    Distribution d = Distribution.of(values).orElseThrow();
    assertThat(d.lowerQuartile()).isLessThanOrEqualTo(d.median());
    assertThat(d.median()).isLessThanOrEqualTo(d.upperQuartile());
    assertThat(d.top10() == null).isEqualTo(values.size() < 10);
    if (d.top10() != null) {
      assertThat(d.upperQuartile()).isLessThanOrEqualTo(d.top10());
    }
    List<Double> shuffled = new ArrayList<>(values);
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(Distribution.of(shuffled)).contains(d);
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    double lowest = sorted.get(0);
    double highest = sorted.get(sorted.size() - 1);
    // a figure equal to the lowest (highest) client's is shared by at least two clients, so it
    // tells no single client's score as the extreme
    if (sorted.get(1) > lowest) {
      assertThat(d.lowerQuartile()).isGreaterThan(lowest);
    }
    if (sorted.get(sorted.size() - 2) < highest) {
      assertThat(d.upperQuartile()).isLessThan(highest);
      if (d.top10() != null) {
        assertThat(d.top10()).isLessThan(highest);
      }
    }
  }
}
