package org.cemtracker.results.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.Locale;

/** How the dashboard writes figures: one decimal, signed changes, margins only where defined. */
final class Format {

  private Format() {}

  static Div card(String title, Component... content) {
    Div card = new Div(new H3(title));
    card.add(content);
    card.addClassName("card");
    return card;
  }

  /**
   * A score with its margin of error; no "±" where the margin is undefined (fewer than two
   * respondents) or zero (everyone answered, so there is no sampling error to give).
   */
  static String withMargin(Double score, Double margin) {
    return score == null
        ? "—"
        : format(score) + (margin == null || margin == 0 ? "" : " ± " + format(margin));
  }

  static String format(Double value) {
    return value == null ? "—" : String.format(Locale.ENGLISH, "%.1f", value);
  }

  static String signed(Double value) {
    return value == null ? "—" : String.format(Locale.ENGLISH, "%+.1f", value);
  }

  static String points(Double value) {
    return value == null ? "—" : format(value) + " pts";
  }

  static String percent(Double fraction) {
    return fraction == null ? "—" : String.format(Locale.ENGLISH, "%.0f %%", fraction * 100);
  }
}
