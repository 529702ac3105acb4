package org.cemtracker.base.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;

/** The page around every view: theme, title, icon, viewport for phones. */
@Theme("cem")
@Meta(name = "description", content = "CEM Tracker: from bolt-on CX to organisation-wide CEM")
public class AppShell implements AppShellConfigurator {

  @Override
  public void configurePage(AppShellSettings settings) {
    settings.setPageTitle("CEM Tracker");
    settings.setViewport("width=device-width, initial-scale=1");
    settings.addFavIcon("icon", "icons/cem-tracker.svg", "any");
  }
}
