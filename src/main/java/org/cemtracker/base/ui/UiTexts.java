package org.cemtracker.base.ui;

import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import org.cemtracker.base.i18n.Bundles;

/**
 * Vaadin's source of translations ({@code getTranslation} on every component): the feature bundles
 * of {@link Bundles}. Vaadin gives each new UI the provided locale that matches the browser's
 * language; a user's own choice is set over it when the UI starts.
 */
@ApplicationScoped
@VaadinServiceEnabled
public class UiTexts implements I18NProvider {

  @Override
  public List<Locale> getProvidedLocales() {
    return Bundles.LOCALES;
  }

  @Override
  public String getTranslation(String key, Locale locale, Object... params) {
    return Bundles.text(key, locale, params);
  }
}
