package org.cemtracker.campaign.ui;

import com.vaadin.flow.server.VaadinSession;

/** The invitation token a browser is answering with, kept in its session instead of its URL. */
final class SurveySession {

  private static final String ATTRIBUTE = "org.cemtracker.survey-token";

  private SurveySession() {}

  static void remember(String token) {
    VaadinSession.getCurrent().setAttribute(ATTRIBUTE, token);
  }

  static String token() {
    VaadinSession session = VaadinSession.getCurrent();
    return session == null ? null : (String) session.getAttribute(ATTRIBUTE);
  }
}
