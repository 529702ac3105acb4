package org.cemtracker.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/** What an empty page shows: what will be here, and the first step towards it. */
public class EmptyState extends Div {

  public EmptyState(VaadinIcon icon, String title, String explanation, Component... firstSteps) {
    addClassName("empty-state");
    Icon symbol = icon.create();
    symbol.addClassName("empty-state-icon");
    Div actions = new Div(firstSteps);
    actions.addClassName("empty-state-actions");
    add(symbol, new H2(title), new Paragraph(explanation), actions);
  }
}
