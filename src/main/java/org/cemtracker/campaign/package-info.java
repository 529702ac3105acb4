/**
 * Campaigns (assessment waves) opened top-down by tier, invitations, the public questionnaire, and
 * the anonymous responses it stores: a response never refers to the invitation or person that gave
 * it.
 */
package org.cemtracker.campaign;
