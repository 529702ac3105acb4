package org.cemtracker.base.rest;

import org.cemtracker.base.Problem;

/** Checks shared by the resources' request bodies. */
public final class Bodies {

  private Bodies() {}

  /** A missing JSON body is a 400 that says so, not a null further down. */
  public static <T> T require(T body) {
    if (body == null) {
      throw Problem.invalid("body", "a JSON body is required");
    }
    return body;
  }
}
