/**
 * An organisation, whole, as one JSON file (format version 1, described by {@code
 * transfer/organisation.schema.json}): exported by its consultants or an administrator, imported
 * into another instance (or the same) under new ids, all or nothing.
 */
package org.cemtracker.transfer;
