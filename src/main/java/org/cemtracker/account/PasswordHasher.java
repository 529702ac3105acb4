package org.cemtracker.account;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2 with HMAC-SHA-256 and 600,000 iterations (DESIGN §9, OWASP's figure for 2023 on), stored
 * as {@code PBKDF2WithHmacSHA256:iterations:salt:hash} in Base64, the format of Jakarta Security's
 * {@code Pbkdf2PasswordHash}. The iteration count is read from the stored hash, so raising it later
 * keeps old hashes verifiable.
 */
public final class PasswordHasher {

  public static final int ITERATIONS = 600_000;
  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int SALT_BYTES = 32;
  private static final int HASH_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Compared against when the account does not exist, so both paths cost the same time. */
  private static final String DECOY = new PasswordHasher().hash("decoy password, never valid");

  /** The stored hash of an account that has no password: it matches none. */
  public static final String NO_PASSWORD = "none";

  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] hash = derive(password, salt, ITERATIONS);
    Base64.Encoder b64 = Base64.getEncoder();
    return ALGORITHM
        + ":"
        + ITERATIONS
        + ":"
        + b64.encodeToString(salt)
        + ":"
        + b64.encodeToString(hash);
  }

  public boolean verify(String password, String stored) {
    String[] parts = stored == null ? new String[0] : stored.split(":");
    if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
      return false;
    }
    Base64.Decoder b64 = Base64.getDecoder();
    byte[] expected = b64.decode(parts[3]);
    byte[] actual = derive(password, b64.decode(parts[2]), Integer.parseInt(parts[1]));
    return MessageDigest.isEqual(expected, actual);
  }

  /** Spends the time of one verification without an account, against user enumeration. */
  public void verifyDecoy(String password) {
    verify(password, DECOY);
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2 is not available in this JVM", e);
    } finally {
      spec.clearPassword();
    }
  }
}
