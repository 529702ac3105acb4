package org.cemtracker.model;

/** The layers a questionnaire cascades through, top-down. */
public enum Tier {
  LEADERSHIP,
  MANAGEMENT,
  STAFF
}
