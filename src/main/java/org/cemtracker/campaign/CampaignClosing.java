package org.cemtracker.campaign;

/**
 * Fired in the transaction that closes a campaign, before its status changes: whoever keeps
 * aggregates locks them, so that every submission still in flight either finishes before the close
 * or sees the campaign closed and is refused. Results then never change after the close, and no two
 * readings differ by one late response.
 */
public record CampaignClosing(String campaignId) {}
