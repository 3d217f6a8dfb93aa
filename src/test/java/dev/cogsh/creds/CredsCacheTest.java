package dev.cogsh.creds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The expiry-aware cache against a stub Identity Pool: exactly the round trips needed. */
class CredsCacheTest {

  private static final String GET_ID = "GetId";
  private static final String GET_CREDS = "GetCredentialsForIdentity";

  @TempDir Path dir;
  private CredsFixture f;

  @BeforeEach
  void setUp() throws Exception {
    f = new CredsFixture().signIn();
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  @Test
  void firstGet_makesGetIdThenGetCredentials_withTheLoginsKeyAndNoSignature() {
    AwsCredentials c = f.creds().get();
    assertThat(f.identity.count(GET_ID)).isEqualTo(1);
    assertThat(f.identity.count(GET_CREDS)).isEqualTo(1);
    assertThat(c.identityId()).isEqualTo(StubIdentityPool.IDENTITY_ID);
    assertThat(c.expiration()).isEqualTo(CredsFixture.START.plus(Duration.ofHours(1)));
    var getId = f.identity.requests(GET_ID).get(0);
    assertThat(getId.path("IdentityPoolId").asText()).isEqualTo(CredsFixture.IDENTITY_POOL);
    assertThat(getId.path("Logins").fieldNames().next())
        .isEqualTo("cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123xyz");
    assertThat(getId.path("_authorization").asText()).isEqualTo("null"); // sent unsigned
  }

  @Test
  void secondGet_withinTheLifetime_makesNoCall() {
    Creds creds = f.creds();
    AwsCredentials first = creds.get();
    f.clock.advance(Duration.ofMinutes(58));
    AwsCredentials second = creds.get();
    assertThat(second).isSameAs(first);
    assertThat(f.identity.count(GET_CREDS)).isEqualTo(1);
  }

  @Test
  void getInsideTheMargin_refreshes_withoutAnotherGetId() {
    Creds creds = f.creds();
    AwsCredentials first = creds.get();
    f.clock.advance(Duration.ofMinutes(59).plusSeconds(1)); // 59 s left < 60 s margin
    AwsCredentials second = creds.get();
    assertThat(second.accessKeyId()).isNotEqualTo(first.accessKeyId());
    assertThat(f.identity.count(GET_ID)).isEqualTo(1);
    assertThat(f.identity.count(GET_CREDS)).isEqualTo(2);
  }

  @Test
  void margin_isConfigurable() {
    Creds creds = f.creds(null, Duration.ofMinutes(10));
    creds.get();
    f.clock.advance(Duration.ofMinutes(49));
    creds.get();
    assertThat(f.identity.count(GET_CREDS)).isEqualTo(1);
    f.clock.advance(Duration.ofMinutes(2));
    creds.get();
    assertThat(f.identity.count(GET_CREDS)).isEqualTo(2);
  }

  @Test
  void refresh_alwaysExchanges() {
    Creds creds = f.creds();
    creds.get();
    creds.refresh();
    assertThat(f.identity.count(GET_CREDS)).isEqualTo(2);
  }

  @Test
  void expiredIdToken_isRefreshedThroughAuthFirst() {
    Creds creds = f.creds();
    creds.get();
    f.clock.advance(Duration.ofHours(2)); // both the ID token and the credentials expired
    creds.get();
    assertThat(f.userPool.refreshes.get()).isEqualTo(1);
    assertThat(f.identity.count(GET_CREDS)).isEqualTo(2);
    assertThat(f.identity.count(GET_ID)).isEqualTo(1);
  }

  @Test
  void sixteenThreadsAcrossAnExpiry_shareOneExchange() throws Exception {
    Creds creds = f.creds();
    creds.get();
    f.clock.advance(Duration.ofHours(1)); // expired
    f.identity.hold();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Thread> threads = new ArrayList<>();
      List<Future<AwsCredentials>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(
            pool.submit(
                () -> {
                  synchronized (threads) {
                    threads.add(Thread.currentThread());
                  }
                  start.await();
                  return creds.get();
                }));
      }
      awaitUntil(() -> threadsSize(threads) == 16);
      start.countDown();
      // One caller is in GetCredentialsForIdentity (held by the stub); the 15 others must be
      // parked on the refresh lock before the answer is released.
      awaitUntil(() -> f.identity.count(GET_CREDS) == 2 && parked(threads) == 15);
      f.identity.release();
      AwsCredentials expected = results.get(0).get();
      for (Future<AwsCredentials> r : results) {
        assertThat(r.get()).isSameAs(expected);
      }
      assertThat(f.identity.count(GET_CREDS)).isEqualTo(2); // the first get() and one refresh
    } finally {
      f.identity.release();
      pool.shutdownNow();
    }
  }

  @Test
  void identityIdCache_onDisk_savesGetIdInTheNextSession_andIsOwnerOnly() throws Exception {
    Path file = dir.resolve("cache/cogsh/identities.json");
    f.creds(file, Creds.DEFAULT_MARGIN).get();
    assertThat(f.identity.count(GET_ID)).isEqualTo(1);
    assertThat(Files.readString(file)).contains(StubIdentityPool.IDENTITY_ID);
    if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
          .isEqualTo("rwx------");
    }
    Creds nextSession = f.creds(file, Creds.DEFAULT_MARGIN);
    assertThat(nextSession.get().identityId()).isEqualTo(StubIdentityPool.IDENTITY_ID);
    assertThat(f.identity.count(GET_ID)).isEqualTo(1);
    assertThat(f.identity.count(GET_CREDS)).isEqualTo(2);
  }

  @Test
  void staleCachedIdentityId_isDropped_andGetIdAskedAgain() throws Exception {
    Path file = dir.resolve("identities.json");
    String key =
        CredsFixture.IDENTITY_POOL
            + " cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123xyz "
            + FakeUserPool.SUB;
    Files.writeString(file, "{\"" + key + "\":\"us-east-1:00000000-dead-beef-0000-000000000000\"}");
    f.identity.fail(
        GET_CREDS,
        "ResourceNotFoundException",
        "Identity 'us-east-1:00000000-dead-beef-0000-000000000000' not found.");
    AwsCredentials c = f.creds(file, Creds.DEFAULT_MARGIN).get();
    assertThat(c.identityId()).isEqualTo(StubIdentityPool.IDENTITY_ID);
    assertThat(f.identity.count(GET_ID)).isEqualTo(1);
    assertThat(Files.readString(file)).contains(StubIdentityPool.IDENTITY_ID);
  }

  @Test
  void corruptCacheFile_isIgnored() throws Exception {
    Path file = Files.writeString(dir.resolve("identities.json"), "{not json");
    assertThat(f.creds(file, Creds.DEFAULT_MARGIN).get().identityId())
        .isEqualTo(StubIdentityPool.IDENTITY_ID);
  }

  @Test
  void identityIdAndExpiresIn_describeTheCurrentCredentials() {
    Creds creds = f.creds();
    assertThat(creds.identityId()).isEqualTo(StubIdentityPool.IDENTITY_ID);
    f.clock.advance(Duration.ofSeconds(108));
    assertThat(creds.expiresIn()).isEqualTo(Duration.ofMinutes(58).plusSeconds(12));
    assertThat(f.identity.count(GET_CREDS)).isEqualTo(1);
  }

  private static int threadsSize(List<Thread> threads) {
    synchronized (threads) {
      return threads.size();
    }
  }

  private static long parked(List<Thread> threads) {
    synchronized (threads) {
      return threads.stream()
          .filter(t -> t.getState() == Thread.State.WAITING && insideRefreshLock(t))
          .count();
    }
  }

  /** True when the thread is parked inside IdentityPoolSource.get (on the refresh lock). */
  private static boolean insideRefreshLock(Thread t) {
    for (StackTraceElement frame : t.getStackTrace()) {
      if (frame.getClassName().equals(IdentityPoolSource.class.getName())) {
        return true;
      }
    }
    return false;
  }

  /** Polls with a deadline. */
  static void awaitUntil(java.util.function.BooleanSupplier condition) {
    Instant deadline = Instant.now().plusSeconds(20);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("condition not met within 20 s");
      }
      java.util.concurrent.locks.LockSupport.parkNanos(1_000_000); // poll every millisecond
    }
  }
}
