package org.cemtracker.campaign;

/**
 * Fired when retention deletes a campaign's raw answers: whoever keeps raw texts of it (results'
 * comments) deletes them too; the per-cell aggregates, and so the results, stay as they are.
 */
public record RawAnswersDeleted(String campaignId) {}
