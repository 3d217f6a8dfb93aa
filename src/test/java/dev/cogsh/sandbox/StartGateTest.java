package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.testing.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A held sandbox's start-up work waits for {@link StartGate#open()}; its first request opens the
 * gate itself, so a sign-in on a sandbox nobody opened still works.
 */
class StartGateTest {

  @Test
  void heldWork_runsOnlyOnceOpened_inOrder_andLaterWorkRunsAtOnce() {
    List<String> ran = new ArrayList<>();
    StartGate gate = new StartGate(Runnable::run, false);

    gate.execute(() -> ran.add("key"));
    gate.execute(() -> ran.add("verifier"));
    assertThat(ran).isEmpty();

    gate.open();
    gate.open();
    assertThat(ran).containsExactly("key", "verifier");

    gate.execute(() -> ran.add("later"));
    assertThat(ran).containsExactly("key", "verifier", "later");
  }

  @Test
  void anOpenGate_runsWorkAtOnce() {
    List<String> ran = new ArrayList<>();
    new StartGate(Runnable::run, true).execute(() -> ran.add("now"));
    assertThat(ran).containsExactly("now");
  }

  @Test
  void aHeldSandbox_signsInAtItsFirstRequest_withoutBeingOpened() throws Exception {
    MutableClock clock = new MutableClock(Instant.now());
    try (Sandbox sandbox =
            Sandbox.startHeld(
                SandboxOptions.builder()
                    .clock(clock)
                    .user(SandboxOptions.DEMO_USER, SandboxOptions.DEMO_PASSWORD)
                    .build());
        SandboxClients clients = new SandboxClients(sandbox, clock)) {
      assertThat(
              clients.signInSrp(SandboxOptions.DEMO_USER, SandboxOptions.DEMO_PASSWORD).idToken())
          .isNotBlank();
    }
  }
}
