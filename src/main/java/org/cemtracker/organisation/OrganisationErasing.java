package org.cemtracker.organisation;

/**
 * Fired in the transaction that erases an organisation, before its departments and members go:
 * every feature deletes what it keeps of the organisation (campaigns and their responses, results,
 * initiatives), so that nothing of it remains in any table.
 */
public record OrganisationErasing(String organisationId) {}
