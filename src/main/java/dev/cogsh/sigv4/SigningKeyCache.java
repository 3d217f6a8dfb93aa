package dev.cogsh.sigv4;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signing keys one {@link SigV4Signer} derived, at most {@value #SIZE}, least recently used
 * first out, keyed by (secret, date, region, service). Each entry keeps an HMAC already keyed with
 * the signing key, so a signature costs a clone and one HMAC instead of five. Thread-safe.
 */
final class SigningKeyCache {

  static final int SIZE = 16;

  private final Map<Scope, DerivedKey> keys = new LinkedHashMap<>(32, 0.75f, true);

  /** The derived key for the scope, deriving it on first use. */
  DerivedKey get(String secretKey, CredentialScope scope) {
    Scope id = new Scope(secretKey, scope);
    synchronized (keys) {
      DerivedKey cached = keys.get(id);
      if (cached != null) {
        return cached;
      }
    }
    DerivedKey derived =
        new DerivedKey(SigningKey.derive(secretKey, scope.date(), scope.region(), scope.service()));
    synchronized (keys) {
      keys.put(id, derived);
      if (keys.size() > SIZE) {
        Iterator<Scope> eldest = keys.keySet().iterator();
        eldest.next();
        eldest.remove();
      }
    }
    return derived;
  }

  int size() {
    synchronized (keys) {
      return keys.size();
    }
  }

  /** A cache key; its toString never shows the secret. */
  private record Scope(String secretKey, CredentialScope scope) {
    @Override
    public String toString() {
      return "Scope[" + scope.text() + "]";
    }
  }

  /** A signing key and an HMAC keyed with it, which is only ever cloned, never used itself. */
  static final class DerivedKey {
    private final byte[] key;
    private final String hex;
    private final Mac keyed;

    DerivedKey(byte[] key) {
      this.key = key;
      this.hex = Signatures.hex(key);
      try {
        this.keyed = Mac.getInstance("HmacSHA256");
        keyed.init(new SecretKeySpec(key, "HmacSHA256"));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
      }
    }

    String hex() {
      return hex;
    }

    /** Task 3, step 2: {@code Hex(HMAC-SHA256(signing key, string to sign))}. */
    String signatureOf(String stringToSign) {
      Mac mac;
      try {
        mac = (Mac) keyed.clone();
      } catch (CloneNotSupportedException e) {
        return Signatures.hmacHex(key, stringToSign);
      }
      return Signatures.hex(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
    }
  }
}
