package org.cemtracker.campaign;

/** A campaign's life: draft → open (phase by phase) → closed → published. */
public enum CampaignStatus {
  DRAFT,
  OPEN,
  CLOSED,
  PUBLISHED
}
