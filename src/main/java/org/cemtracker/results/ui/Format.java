package org.cemtracker.results.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.cemtracker.base.ui.Tr;

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
    return value == null ? "—" : fixed(value, 1);
  }

  static String signed(Double value) {
    return value == null ? "—" : (negative(value) ? "-" : "+") + digits(value, 1);
  }

  static String points(Double value) {
    return value == null ? "—" : Tr.t("results.format.points", format(value));
  }

  static String percent(Double fraction) {
    return fraction == null ? "—" : percentage(fraction * 100);
  }

  /** A percentage (already times 100) without decimals: "45 %". */
  static String percentage(double value) {
    return Tr.t("results.format.percent", fixed(value, 0));
  }

  /**
   * A number with {@code decimals} decimals in the UI's language, rounded as {@code
   * String.format("%.1f")} rounds (half up, on the shortest decimal form), so that English reads
   * exactly as it always has.
   */
  static String fixed(double value, int decimals) {
    return (negative(value) ? "-" : "") + digits(value, decimals);
  }

  private static boolean negative(double value) {
    return Math.copySign(1.0, value) < 0;
  }

  private static String digits(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return Tr.number(Math.abs(value), decimals);
    }
    return Tr.number(
        BigDecimal.valueOf(Math.abs(value)).setScale(decimals, RoundingMode.HALF_UP).doubleValue(),
        decimals);
  }
}
