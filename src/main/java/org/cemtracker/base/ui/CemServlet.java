package org.cemtracker.base.ui;

import com.vaadin.cdi.CdiVaadinServlet;
import jakarta.servlet.annotation.WebInitParam;
import jakarta.servlet.annotation.WebServlet;

/**
 * The Vaadin servlet, declared here for its settings: idle UIs are closed so that the HTTP
 * session's 30-minute timeout applies (by default Vaadin's heartbeat keeps it alive forever).
 */
@WebServlet(
    urlPatterns = "/*",
    asyncSupported = true,
    initParams = {
      @WebInitParam(name = "closeIdleSessions", value = "true"),
      @WebInitParam(name = "productionMode", value = "true")
    })
public class CemServlet extends CdiVaadinServlet {}
