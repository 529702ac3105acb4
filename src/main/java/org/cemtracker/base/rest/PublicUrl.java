package org.cemtracker.base.rest;

import jakarta.ws.rs.core.UriInfo;
import org.cemtracker.base.Settings;

/** Where people reach the app, for the links it hands out: CEM_PUBLIC_URL, or this request's. */
public final class PublicUrl {

  private PublicUrl() {}

  public static String of(UriInfo uri) {
    return Settings.fromSystem()
        .get("cem.public.url")
        .orElseGet(
            () -> {
              String base = uri.getBaseUri().toString();
              return base.endsWith("/api/") ? base.substring(0, base.length() - 5) : base;
            });
  }
}
