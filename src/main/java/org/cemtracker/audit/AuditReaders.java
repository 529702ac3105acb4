package org.cemtracker.audit;

/**
 * Who may read an organisation's audit log, decided by the organisation feature (it knows the
 * roles): it throws "not found" for a non-member and "forbidden" for a member who may not read.
 */
public interface AuditReaders {

  void requireReader(String organisationId);

  /** The organisations whose log the caller may read: id → name, by name. */
  java.util.Map<String, String> readable();
}
