package org.cemtracker.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** What a page shows when it fails: a plain message and a reference, never the exception. */
@AnonymousAllowed
public class ErrorView extends Div implements HasErrorParameter<Exception> {

  private static final Logger LOG = Logger.getLogger(ErrorView.class.getName());

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
    String reference = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(
        Level.SEVERE,
        "Page " + event.getLocation().getPath() + " failed, reference " + reference,
        parameter.getException());
    addClassName("error-page");
    add(
        new H2(getTranslation("base.error.title")),
        new Paragraph(getTranslation("base.error.message", reference)),
        new Anchor("", getTranslation("base.error.back")));
    return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
  }
}
