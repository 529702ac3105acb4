package org.cemtracker.campaign;

import org.cemtracker.model.Tier;

/**
 * Fired inside the submit transaction for each cell that submissions were queued to: which campaign
 * and which cell (department and tier: what the invitation tells already, nothing of the answers).
 * The results lock that cell, so that a close that began meanwhile waits for this submission or
 * refuses it.
 */
public record SubmissionQueued(
    String campaignId, String departmentId, Tier tier, int submissions) {}
