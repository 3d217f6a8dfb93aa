package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The User Pool's RSA key pair: read from the state when there is one (so tokens survive a
 * restart), else generated in the background (RSA key generation takes a noticeable part of a
 * second, and start-up must not wait for it) and then stored.
 */
final class SigningKeys {
  private static final String KEYS = "keys";
  private static final String ID = "signing";

  /** The pool's key pair, base64 of its X.509 public and PKCS #8 private encodings. */
  private static final RecordShape SHAPE =
      RecordShape.of(
          "a signing key record",
          "delete it: a new key is made, and tokens signed with the old one stop verifying");

  private SigningKeys() {}

  static CompletableFuture<KeyPair> load(StateStore store, SecureRandom random, Executor executor)
      throws IOException {
    Map<Path, JsonNode> stored = store.loadFiles(KEYS);
    if (!stored.isEmpty()) {
      Map.Entry<Path, JsonNode> first = stored.entrySet().iterator().next();
      return CompletableFuture.completedFuture(decode(first.getKey(), first.getValue()));
    }
    return CompletableFuture.supplyAsync(
        () -> {
          KeyPair pair = generate(random);
          store.put(
              KEYS,
              ID,
              () ->
                  Json.object()
                      .put(
                          "private",
                          Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()))
                      .put(
                          "public",
                          Base64.getEncoder().encodeToString(pair.getPublic().getEncoded())));
          return pair;
        },
        executor);
  }

  private static KeyPair generate(SecureRandom random) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048, random);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA is always available", e);
    }
  }

  private static KeyPair decode(Path file, JsonNode stored) throws IOException {
    try {
      KeyFactory rsa = KeyFactory.getInstance("RSA");
      return new KeyPair(
          rsa.generatePublic(
              new X509EncodedKeySpec(Base64.getDecoder().decode(stored.path("public").asText()))),
          rsa.generatePrivate(
              new PKCS8EncodedKeySpec(
                  Base64.getDecoder().decode(stored.path("private").asText()))));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw StateStore.misshapen(file, SHAPE, "its RSA key pair does not load");
    }
  }
}
