package org.cemtracker.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Something a feature puts in the top bar for the signed-in user (the notifications), found as a
 * CDI bean so that the layout need not know the features.
 */
public interface NavbarItem {

  /** The item, or empty where this user has none. */
  Optional<Component> item();
}
