package org.cemtracker.benchmark.ui;

import com.vaadin.flow.component.Component;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import org.cemtracker.benchmark.Benchmarks;
import org.cemtracker.campaign.Campaign;
import org.cemtracker.results.ui.DashboardCard;

/** The client among the consultant's other clients, on the dashboard of those who run it. */
@Dependent
public class BenchmarkCard implements DashboardCard {

  @Inject Benchmarks benchmarks;

  @Override
  public Optional<Component> card(Campaign campaign) {
    return benchmarks.readable(campaign.id()).map(BenchmarkPanel::new);
  }
}
