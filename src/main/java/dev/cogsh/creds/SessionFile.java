package dev.cogsh.creds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogsh.config.OwnerOnlyFile;
import dev.cogsh.human.Durations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The remembered sessions' folder: one owner-only JSON file per {@link RememberKey}. Reading never
 * fails: a missing file is no session, and a corrupt, foreign-version or mismatched one is ignored
 * with a note saying why (the next sign-in replaces it).
 */
public final class SessionFile {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;

  /** The sessions in {@code dir} (e.g. {@link dev.cogsh.config.Environment#sessionsDir()}). */
  public SessionFile(Path dir) {
    this.dir = dir;
  }

  /** The file of {@code key}. */
  public Path path(RememberKey key) {
    return dir.resolve(key.fileName());
  }

  /**
   * What was remembered for {@code key}; {@code user}, when not {@code null}, must be its user.
   *
   * @return the session, or a note saying why none is used (no note when there simply is none)
   */
  public Recall read(RememberKey key, String user) {
    Path file = path(key);
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Recall.none(null);
    } catch (IOException e) {
      return ignored(file, "it cannot be read (" + e.getMessage() + ")");
    }
    RememberedSession session;
    try {
      JsonNode root = JSON.readTree(text);
      int version = root.path("version").asInt(-1);
      if (version != RememberedSession.VERSION) {
        return ignored(
            file,
            "it is format version "
                + root.path("version")
                + ", this cogsh reads version "
                + RememberedSession.VERSION);
      }
      session = decode(root);
    } catch (IOException | RuntimeException e) {
      return ignored(file, "it is not a remembered session this cogsh can read");
    }
    if (!session.key().equals(key)) {
      return ignored(file, "it belongs to " + session.key().describe() + ", not " + key.describe());
    }
    if (user != null && !user.equals(session.user())) {
      return Recall.none(
          "not using the remembered session of "
              + session.user()
              + ": this session signs in as "
              + user);
    }
    return new Recall(Optional.of(session), null);
  }

  /** Replaces the file of the session's key; a failure to write is reported, never thrown. */
  public Optional<String> write(RememberedSession session) {
    try {
      OwnerOnlyFile.write(path(session.key()), encode(session).toPrettyString());
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of("could not remember the session in " + dir + ": " + e.getMessage());
    }
  }

  /** Deletes the file of {@code key}; true when there was one. */
  public boolean delete(RememberKey key) {
    try {
      return Files.deleteIfExists(path(key));
    } catch (IOException e) {
      return false;
    }
  }

  private static Recall ignored(Path file, String why) {
    return Recall.none("ignored the remembered session " + file + ": " + why);
  }

  static ObjectNode encode(RememberedSession s) {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", RememberedSession.VERSION);
    RememberKey k = s.key();
    root.put("profile", k.profile())
        .put("userPoolId", k.userPoolId())
        .put("appClientId", k.appClientId())
        .put("identityPoolId", k.identityPoolId())
        .put("endpoint", k.endpoint())
        .put("user", s.user())
        .put("idToken", s.tokens().idToken().raw())
        .put(
            "accessToken", s.tokens().accessToken() == null ? null : s.tokens().accessToken().raw())
        .put("refreshToken", s.tokens().refreshToken());
    if (s.deviceKey() != null) {
      root.put("deviceKey", s.deviceKey());
    }
    AwsCredentials c = s.credentials();
    if (c != null) {
      root.putObject("credentials")
          .put("accessKeyId", c.accessKeyId())
          .put("secretKey", c.secretKey())
          .put("sessionToken", c.sessionToken())
          .put("expiration", c.expiration() == null ? null : c.expiration().toString())
          .put("identityId", c.identityId());
    }
    return root;
  }

  static RememberedSession decode(JsonNode root) {
    RememberKey key =
        new RememberKey(
            root.path("profile").asText(""),
            required(root, "userPoolId"),
            required(root, "appClientId"),
            root.path("identityPoolId").asText(""),
            root.path("endpoint").asText(""));
    AwsCredentials credentials = null;
    JsonNode c = root.path("credentials");
    if (c.isObject()) {
      credentials =
          new AwsCredentials(
              required(c, "accessKeyId"),
              required(c, "secretKey"),
              c.path("sessionToken").textValue(),
              c.path("expiration").isTextual()
                  ? Instant.parse(c.path("expiration").textValue())
                  : null,
              c.path("identityId").textValue(),
              "identity pool, remembered");
    }
    return new RememberedSession(
        key,
        required(root, "user"),
        RememberedSession.tokens(
            required(root, "idToken"),
            root.path("accessToken").textValue(),
            root.path("refreshToken").textValue()),
        credentials,
        root.path("deviceKey").textValue());
  }

  private static String required(JsonNode node, String field) {
    String value = node.path(field).textValue();
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("no " + field);
    }
    return value;
  }

  /**
   * A remembered session, or why none is used.
   *
   * @param session the session, when one is used
   * @param note why none is used (a corrupt file, another user), {@code null} when there is no file
   */
  public record Recall(Optional<RememberedSession> session, String note) {

    static Recall none(String note) {
      return new Recall(Optional.empty(), note);
    }

    /**
     * The line to show at start: which session is taken up and until when (at {@code now}, with
     * credentials replaced {@code margin} before their expiry), or why none is; empty when there is
     * nothing to say.
     */
    public Optional<String> line(Instant now, Duration margin) {
      if (session.isEmpty()) {
        return Optional.ofNullable(note);
      }
      RememberedSession s = session.get();
      if (s.credentialsValidAt(now, margin)) {
        Instant until = s.credentials().expiration();
        return Optional.of(
            "remembered session of "
                + s.user()
                + " in use: no sign-in needed, credentials valid until "
                + until.truncatedTo(ChronoUnit.SECONDS)
                + " ("
                + Durations.format(Duration.between(now, until))
                + ")");
      }
      return Optional.of(
          "remembered session of "
              + s.user()
              + " in use: no password needed"
              + (s.credentials() == null
                  ? "; credentials are fetched at first use"
                  : "; its credentials have expired and are renewed at first use"));
    }
  }
}
