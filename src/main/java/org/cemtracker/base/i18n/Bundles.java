package org.cemtracker.base.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The UI's texts: one resource bundle per feature ({@code i18n/<feature>.properties} in English,
 * {@code _de} and {@code _fr} beside it), each value a {@link MessageFormat} pattern (an apostrophe
 * is written {@code ''}). A key is looked up in the caller's language, then in English; a key found
 * nowhere shows as itself between exclamation marks, so that it is seen and not hidden.
 */
public final class Bundles {

  /** The languages the UI speaks, English first (the fallback). */
  public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH);

  /** The features that bring their own texts; each has {@code i18n/<name>.properties}. */
  public static final List<String> FEATURES =
      List.of(
          "base",
          "account",
          "organisation",
          "campaign",
          "results",
          "benchmark",
          "review",
          "initiative",
          "model",
          "audit",
          "report",
          "transfer",
          "notice");

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Bundles() {}

  /** The one of {@link #LOCALES} that suits a requested locale: same language, else English. */
  public static Locale supported(Locale requested) {
    if (requested == null) {
      return Locale.ENGLISH;
    }
    return LOCALES.stream()
        .filter(l -> l.getLanguage().equals(requested.getLanguage()))
        .findFirst()
        .orElse(Locale.ENGLISH);
  }

  public static String text(String key, Locale locale, Object... params) {
    Locale language = supported(locale);
    Optional<String> pattern = pattern(key, language);
    if (pattern.isEmpty() && !language.equals(Locale.ENGLISH)) {
      pattern = pattern(key, Locale.ENGLISH);
    }
    if (pattern.isEmpty()) {
      return "!" + key + "!";
    }
    return new MessageFormat(pattern.get(), language)
        .format(params == null ? new Object[0] : params);
  }

  private static Optional<String> pattern(String key, Locale language) {
    String feature = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
    if (!FEATURES.contains(feature)) {
      return Optional.empty();
    }
    try {
      ResourceBundle bundle =
          ResourceBundle.getBundle(
              "i18n/" + feature,
              language.equals(Locale.ENGLISH) ? Locale.ROOT : language,
              Bundles.class.getClassLoader(),
              NO_FALLBACK);
      return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }
}
