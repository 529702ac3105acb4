/**
 * The audit log: who changed what and when in an organisation's initiatives, campaigns and
 * memberships. Features record their changes in the same transaction as the change itself; the
 * organisation feature decides who may read the log ({@link org.cemtracker.audit.AuditReaders}).
 */
package org.cemtracker.audit;
