package dev.cogsh.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogsh.engine.Engine;
import dev.cogsh.engine.EngineOptions;
import dev.cogsh.engine.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A snippet sees the very objects the host installed in {@link Session}: same class loader, same
 * instances, changes visible both ways. Stand-ins play {@code auth} and {@code creds} until the
 * real classes are on main.
 */
public class SessionBridgeTest {

  /** Plays a session object. */
  public static final class StandIn {
    public volatile String note = "host";

    public String whoami() {
      return "stand-in";
    }
  }

  private static final StandIn AUTH = new StandIn();
  private static final StandIn CREDS = new StandIn();
  private static Engine engine;

  @BeforeAll
  static void installAndStart() {
    Session.reset();
    Session.install(
        List.of(
            new Session.Binding("auth", StandIn.class, AUTH),
            new Session.Binding("creds", StandIn.class, CREDS)));
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    engine =
        Engine.start(
            EngineOptions.of(
                System.getProperty("java.class.path"),
                List.of(new EngineOptions.Script("bindings", Session.declarations())),
                sink,
                sink));
    assertThat(engine.awaitReady()).isEmpty();
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
  void snippet_seesTheHostsInstance() {
    assertThat(value("System.identityHashCode(auth)"))
        .isEqualTo(String.valueOf(System.identityHashCode(AUTH)));
    assertThat(value("auth == dev.cogsh.runtime.Session.get(\"auth\", auth.getClass())"))
        .isEqualTo("true");
    assertThat(value("auth != creds")).isEqualTo("true");
  }

  @Test
  void snippet_andHost_shareOneSessionClass() {
    assertThat(
            value(
                "dev.cogsh.runtime.Session.class.getClassLoader() == ClassLoader.getSystemClassLoader()"))
        .isEqualTo("true");
    assertThat(Session.class.getClassLoader()).isSameAs(ClassLoader.getSystemClassLoader());
  }

  @Test
  void changes_areSeenBothWays() {
    AUTH.note = "set by the host";
    assertThat(value("auth.note")).isEqualTo("\"set by the host\"");

    engine.eval("creds.note = \"set by a snippet\";");
    assertThat(CREDS.note).isEqualTo("set by a snippet");
  }

  @Test
  void snippet_callsTheObjectsMethods() {
    assertThat(value("auth.whoami()")).isEqualTo("\"stand-in\"");
  }

  @Test
  void install_twice_throws() {
    assertThatThrownBy(() -> Session.install(List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("installed already");
  }

  @Test
  void get_ofAMissingName_saysWhatThereIs() {
    assertThatThrownBy(() -> Session.get("api", Object.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no session object called api")
        .hasMessageContaining("auth");
  }

  @Test
  void declarations_bindEachObjectByItsPublicType() {
    assertThat(Session.declarations())
        .startsWith(
            "dev.cogsh.runtime.SessionBridgeTest.StandIn auth = dev.cogsh.runtime.Session.get(\"auth\",")
        .contains("creds = ");
  }

  @Test
  void binding_rejectsWhatASnippetCouldNotName() {
    assertThatThrownBy(() -> new Session.Binding("not a name", StandIn.class, AUTH))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Session.Binding("x", String.class, AUTH))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
