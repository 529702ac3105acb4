package org.cemtracker.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An unknown page, and a page the user may not open: the two look the same, so that nobody learns
 * what exists elsewhere (another organisation's ids, an administrator's page).
 */
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
    addClassName("error-page");
    add(
        new H2(getTranslation("base.notFound.title")),
        new Paragraph(getTranslation("base.notFound.message", event.getLocation().getPath())),
        new Anchor("", getTranslation("base.error.back")));
    return HttpServletResponse.SC_NOT_FOUND;
  }
}
