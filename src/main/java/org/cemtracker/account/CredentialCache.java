package org.cemtracker.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers e-mail and password pairs verified for HTTP Basic for a few minutes, so that a script's
 * calls do not each pay for a PBKDF2 hash. Entries are keyed by an HMAC of the pair under a key
 * that lives only in this process's memory, so the cache holds no password. A password change drops
 * the user's entries here; other nodes notice through the credential epoch, which every hit
 * compares against the stored user.
 */
public class CredentialCache {

  static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);

  private final byte[] key = new byte[32];
  private final Cache<String, CallerIdentity> verified;

  public CredentialCache(Duration timeToLive) {
    new SecureRandom().nextBytes(key);
    this.verified = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(10_000).build();
  }

  public Optional<CallerIdentity> find(String email, String password) {
    return Optional.ofNullable(verified.getIfPresent(keyOf(email, password)));
  }

  public void remember(String email, String password, CallerIdentity identity) {
    verified.put(keyOf(email, password), identity);
  }

  public void forget(String userId) {
    verified.asMap().values().removeIf(identity -> identity.userId().equals(userId));
  }

  private String keyOf(String email, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(User.normaliseEmail(email).getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available", e);
    }
  }
}
