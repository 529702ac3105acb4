package org.cemtracker.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** A personal API token; only the SHA-256 digest of its secret is stored. */
@Entity
@Table(name = "api_token")
public class ApiToken {

  @Id private String id;

  @Column(name = "user_id")
  private String userId;

  private String name;

  @Column(name = "token_digest")
  private String tokenDigest;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  protected ApiToken() {}

  ApiToken(String userId, String name, String tokenDigest) {
    this.id = UUID.randomUUID().toString();
    this.userId = userId;
    this.name = name.trim();
    this.tokenDigest = tokenDigest;
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public String id() {
    return id;
  }

  public String userId() {
    return userId;
  }

  public String name() {
    return name;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
