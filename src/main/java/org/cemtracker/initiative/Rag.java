package org.cemtracker.initiative;

/** Red–amber–green health of an initiative, as its owner last judged it. */
public enum Rag {
  GREEN,
  AMBER,
  RED
}
