/**
 * Organisations (the tenants), their members' roles and their department trees. Owns the rule of
 * who may see and change what in an organisation ({@link org.cemtracker.organisation.Access});
 * every other feature asks it before touching an organisation's data.
 */
package org.cemtracker.organisation;
