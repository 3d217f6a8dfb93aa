package dev.cogsh.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogsh.api.Api;
import dev.cogsh.auth.Auth;
import dev.cogsh.auth.ChallengeAnswers;
import dev.cogsh.creds.Creds;
import dev.cogsh.engine.Engine;
import dev.cogsh.engine.EngineOptions;
import dev.cogsh.engine.Outcome;
import dev.cogsh.script.Script;
import dev.cogsh.script.StartupScripts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A snippet sees the very {@code auth}, {@code creds} and {@code api} the host installed in {@link
 * Session}: same class loader, same instances, changes visible both ways. The bindings come from
 * the real {@code startup.jsh}.
 */
class SessionBridgeTest {

  private static Engine engine;

  @BeforeAll
  static void installAndStart() throws IOException {
    Session.reset();
    SessionTestSupport.installOffline();
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    String startup = Files.readString(Path.of("startup.jsh"));
    engine =
        Engine.start(
            new EngineOptions(
                System.getProperty("java.class.path"),
                StartupScripts.of(List.of(new Script("startup.jsh", startup))),
                sink,
                sink));
    assertThat(engine.awaitReady()).as("startup.jsh runs cleanly").isEmpty();
  }

  @AfterAll
  static void closeAndForget() {
    engine.close();
    Session.reset();
  }

  private static String value(String snippet) {
    Outcome outcome = engine.eval(snippet);
    assertThat(outcome).as(snippet).isInstanceOf(Outcome.Value.class);
    return ((Outcome.Value) outcome).value();
  }

  @Test
  void snippet_seesTheHostsAuthAndCreds() {
    assertThat(value("auth == dev.cogsh.runtime.Session.auth()")).isEqualTo("true");
    assertThat(value("creds == dev.cogsh.runtime.Session.creds()")).isEqualTo("true");
    assertThat(value("api == dev.cogsh.runtime.Session.api()")).isEqualTo("true");
    assertThat(value("System.identityHashCode(api)"))
        .isEqualTo(String.valueOf(System.identityHashCode(Session.api())));
    assertThat(value("System.identityHashCode(auth)"))
        .isEqualTo(String.valueOf(System.identityHashCode(Session.auth())));
    assertThat(value("System.identityHashCode(creds)"))
        .isEqualTo(String.valueOf(System.identityHashCode(Session.creds())));
  }

  @Test
  void snippet_andHost_shareOneSessionClass() {
    assertThat(
            value(
                "dev.cogsh.runtime.Session.class.getClassLoader()"
                    + " == ClassLoader.getSystemClassLoader()"))
        .isEqualTo("true");
    assertThat(value("auth.getClass() == dev.cogsh.auth.Auth.class")).isEqualTo("true");
    assertThat(Session.class.getClassLoader()).isSameAs(ClassLoader.getSystemClassLoader());
  }

  @Test
  void changes_areSeenBothWays() {
    ChallengeAnswers answers = ChallengeAnswers.none();
    Session.auth().setAnswers(answers);
    assertThat(value("System.identityHashCode(auth.answers())"))
        .isEqualTo(String.valueOf(System.identityHashCode(answers)));

    engine.eval("creds.use(\"AKIAIOSFODNN7EXAMPLE\", \"not-a-real-secret\");");
    assertThat(Session.creds().source()).isEqualTo("static keys");

    engine.eval("api.throwOnError(true);");
    assertThat(Session.api().options().throwOnError()).isTrue();
  }

  @Test
  void snippet_callsTheObjectsMethods() {
    assertThat(value("auth.whoami()")).isEqualTo("\"Not signed in (type auth.login())\"");
  }

  @Test
  void install_twice_throws() {
    Auth auth = Session.auth();
    assertThatThrownBy(() -> Session.install(auth, Session.creds(), Session.api()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("installed already");
  }

  @Test
  void replace_swapsTheObjects_andInstallStaysSetOnce() {
    Auth auth = Session.auth();
    Creds creds = Session.creds();
    Api api = Session.api();
    Auth other = Auth.create(SessionTestSupport.offlineConfig(), ChallengeAnswers.none());
    try {
      Session.replace(other, creds, api);
      assertThat(Session.auth()).isSameAs(other);
      assertThatThrownBy(() -> Session.install(auth, creds, api))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("installed already");
    } finally {
      Session.replace(auth, creds, api);
    }
  }

  @Test
  void replace_isSeenBySnippets_withNothingEvaluatedAgain() {
    Auth auth = Session.auth();
    Creds creds = Session.creds();
    Api api = Session.api();
    Auth other = Auth.create(SessionTestSupport.offlineConfig(), ChallengeAnswers.none());
    try {
      Session.replace(other, creds, api);
      long before = engine.evaluations();
      assertThat(value("System.identityHashCode(auth)"))
          .isEqualTo(String.valueOf(System.identityHashCode(other)));
      assertThat(engine.evaluations()).as("only the snippet above").isEqualTo(before + 1);
      assertThat(Bindings.auth).isSameAs(other);
    } finally {
      Session.replace(auth, creds, api);
    }
    assertThat(value("auth == dev.cogsh.runtime.Session.auth()")).isEqualTo("true");
  }

  @Test
  void aSnippetAssigningABinding_leavesTheRegistry_andRestoreUndoesIt() {
    Auth auth = Session.auth();
    try {
      assertThat(engine.eval("auth = null").failed()).isFalse();
      assertThat(value("auth == null")).isEqualTo("true");
      assertThat(Session.auth()).isSameAs(auth);
    } finally {
      Session.restoreBindings();
    }
    assertThat(value("auth == dev.cogsh.runtime.Session.auth()")).isEqualTo("true");
  }

  @Test
  void sandbox_isBound_andNeverNull() {
    assertThat(value("sandbox == dev.cogsh.runtime.Session.sandbox()")).isEqualTo("true");
    Session.reset();
    try {
      assertThat(Bindings.sandbox).isNotNull();
      assertThat(Bindings.auth).isNull();
    } finally {
      SessionTestSupport.installOffline();
    }
  }

  @Test
  void replace_beforeInstall_throws() {
    Auth auth = Session.auth();
    Creds creds = Session.creds();
    Api api = Session.api();
    Session.reset();
    try {
      assertThatThrownBy(() -> Session.replace(auth, creds, api))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("Session.install runs first");
    } finally {
      Session.install(auth, creds, api);
    }
  }

  @Test
  void accessors_beforeInstall_sayWhoInstalls() {
    Auth auth = Session.auth();
    Creds creds = Session.creds();
    Api api = Session.api();
    Session.reset();
    try {
      assertThatThrownBy(Session::auth)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("the shell installs them before its first snippet runs");
    } finally {
      Session.install(auth, creds, api);
    }
  }
}
