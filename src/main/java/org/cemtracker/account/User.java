package org.cemtracker.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A login of this instance. Respondents have none. The password is kept only as a PBKDF2 hash; the
 * credential epoch rises with every password change or disabling, which ends the user's open
 * sessions and cached API credentials on every node.
 */
@Entity(name = "AppUser")
@Table(name = "app_user")
public class User {

  @Id private String id;
  private String email;
  private String name;

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "is_admin")
  private boolean admin;

  private boolean enabled;

  @Column(name = "credential_epoch")
  private int credentialEpoch;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  /** The UI language the user chose (an ISO 639-1 code); null: the browser's. */
  private String language;

  /** Created by single sign-on: signs in through the identity provider, has no password. */
  @Column(name = "external_only")
  private boolean externalOnly;

  /** The identity provider's issuer and subject this account follows once linked. */
  @Column(name = "sso_subject")
  private String ssoSubject;

  @Version private long version;

  protected User() {}

  public User(String email, String name, String passwordHash, boolean admin) {
    this.id = UUID.randomUUID().toString();
    this.email = normaliseEmail(email);
    this.name = Objects.requireNonNull(name).trim();
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.admin = admin;
    this.enabled = true;
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public static String normaliseEmail(String email) {
    return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
  }

  /**
   * An account made at its first single sign-on: no password of its own (the hash is of nothing and
   * matches none), so only the identity provider signs it in.
   */
  public static User external(String email, String name) {
    User user = new User(email, name, PasswordHasher.NO_PASSWORD, false);
    user.externalOnly = true;
    return user;
  }

  public void rename(String newName) {
    this.name = Objects.requireNonNull(newName).trim();
  }

  public void changePasswordHash(String newHash) {
    this.passwordHash = Objects.requireNonNull(newHash);
    this.credentialEpoch++;
  }

  public void setAdmin(boolean admin) {
    this.admin = admin;
  }

  public void disable() {
    if (enabled) {
      enabled = false;
      credentialEpoch++;
    }
  }

  public void enable() {
    enabled = true;
  }

  public CallerIdentity identity() {
    return new CallerIdentity(id, email, name, admin, credentialEpoch);
  }

  public String id() {
    return id;
  }

  public String email() {
    return email;
  }

  public String name() {
    return name;
  }

  String passwordHash() {
    return passwordHash;
  }

  public boolean isAdmin() {
    return admin;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public int credentialEpoch() {
    return credentialEpoch;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public String language() {
    return language;
  }

  public void chooseLanguage(String language) {
    this.language = language;
  }

  public boolean isExternalOnly() {
    return externalOnly;
  }

  public String ssoSubject() {
    return ssoSubject;
  }

  public void linkSsoSubject(String subject) {
    this.ssoSubject = Objects.requireNonNull(subject);
  }

  public long version() {
    return version;
  }
}
