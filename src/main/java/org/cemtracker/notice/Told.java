package org.cemtracker.notice;

/**
 * A notice to give: to whom, about which organisation, under which topic (told once per user), in
 * words, and where in the app it leads. Fired as an event, it is stored once the work that noticed
 * it has committed.
 */
public record Told(String userId, String organisationId, String topic, String text, String link) {}
