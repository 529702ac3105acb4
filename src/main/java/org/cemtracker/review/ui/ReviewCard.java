package org.cemtracker.review.ui;

import com.vaadin.flow.component.Component;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import org.cemtracker.campaign.Campaign;
import org.cemtracker.results.ui.DashboardCard;
import org.cemtracker.review.Rating;
import org.cemtracker.review.Reviews;

/**
 * The consultant's review on the dashboard: for the campaign's consultants and administrators
 * always (they rate there), for the organisation's leaders once it is published.
 */
@Dependent
public class ReviewCard implements DashboardCard {

  @Inject Reviews reviews;
  @Inject Rating rating;

  @Override
  public Optional<Component> card(Campaign campaign) {
    return reviews.readable(campaign.id()).map(r -> new ReviewPanel(reviews, rating, r));
  }
}
