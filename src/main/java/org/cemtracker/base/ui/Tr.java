package org.cemtracker.base.ui;

import com.vaadin.flow.component.UI;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.cemtracker.base.i18n.Bundles;

/**
 * Texts, numbers and dates in the current UI's language, for code that is not a component (a
 * component can call its own {@code getTranslation}). Dates are written in the locale's medium
 * style ("3 Dec 2026", "03.12.2026", "3 déc. 2026"), numbers with its decimal separator.
 */
public final class Tr {

  private Tr() {}

  public static Locale locale() {
    UI ui = UI.getCurrent();
    return Bundles.supported(ui == null ? Locale.ENGLISH : ui.getLocale());
  }

  public static String t(String key, Object... params) {
    return Bundles.text(key, locale(), params);
  }

  /** A number with exactly {@code decimals} decimals, in the locale's way of writing them. */
  public static String number(double value, int decimals) {
    return number(value, decimals, locale());
  }

  public static String number(double value, int decimals, Locale locale) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    // half up, as String.format rounds
    format.setRoundingMode(RoundingMode.HALF_UP);
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
    return format.format(value);
  }

  public static String date(LocalDate day) {
    return day == null ? "—" : dayFormat().format(day);
  }

  /**
   * "3 Dec 2026" in English (as the app has always written days), the locale's medium style else.
   */
  private static DateTimeFormatter dayFormat() {
    Locale locale = locale();
    return locale.equals(Locale.ENGLISH)
        ? DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
  }

  public static String date(OffsetDateTime moment) {
    return moment == null ? "—" : date(moment.atZoneSameInstant(ZoneId.of("UTC")).toLocalDate());
  }

  /** Day and time in UTC, as the app shows every moment: "3 Dec 2026, 14:05 UTC". */
  public static String dateTime(OffsetDateTime moment) {
    return moment == null
        ? "—"
        : dayFormat().format(moment.atZoneSameInstant(ZoneId.of("UTC")))
            + ", "
            + DateTimeFormatter.ofPattern("HH:mm")
                .format(moment.atZoneSameInstant(ZoneId.of("UTC")))
            + " UTC";
  }
}
