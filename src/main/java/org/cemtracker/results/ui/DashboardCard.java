package org.cemtracker.results.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.cemtracker.campaign.Campaign;

/**
 * A card a feature built on results adds to the dashboard (the consultant's review), found as a CDI
 * bean so that results need not know the features built on them.
 */
public interface DashboardCard {

  /** The card for this campaign's released results, or empty where this reader has none. */
  Optional<Component> card(Campaign campaign);
}
