package org.cemtracker.campaign;

import java.util.List;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.scoring.Unit;

/**
 * Fired in the transaction that opens a campaign's first phase: the thresholds and the department
 * tree are now fixed, and the campaign's cells are known before the first response arrives.
 */
public record CampaignFrozen(String campaignId, MaturityModel model, List<Unit> units) {}
