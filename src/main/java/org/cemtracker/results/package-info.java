/**
 * Results of campaigns: the figures of DESIGN §4 computed by the scoring engine for one campaign,
 * with suppression below the organisation's anonymity threshold, and trends across an
 * organisation's campaigns.
 */
package org.cemtracker.results;
