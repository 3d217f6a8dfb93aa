package dev.cogsh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The shell's options read without picocli ({@link ShellArgs}) are exactly picocli's reading of
 * them; whatever it does not read exactly is left to picocli.
 */
class ShellArgsTest {

  private static final List<String[]> TAKEN =
      List.of(
          new String[] {},
          new String[] {"--sandbox"},
          new String[] {"--remember", "--sandbox"},
          new String[] {"--config", "cogsh.json"},
          new String[] {"--config=dir/cogsh.json", "--profile", "dev"},
          new String[] {"--profile=dev", "--debug"},
          new String[] {"--sandbox", "--exit-after-prompt"});

  private static final List<String[]> LEFT_TO_PICOCLI =
      List.of(
          new String[] {"run", "x.jsh"},
          new String[] {"shell"},
          new String[] {"--help"},
          new String[] {"-h"},
          new String[] {"--version"},
          new String[] {"--sandbox", "--sandbox"},
          new String[] {"--config"},
          new String[] {"--config", "--sandbox"},
          new String[] {"--config="},
          new String[] {"--sandbox=true"},
          new String[] {"--profile", "a", "--profile", "b"},
          new String[] {"--sandobx"},
          new String[] {"-s"});

  @Test
  void whatItTakes_picocliReadsTheSame() {
    for (String[] args : TAKEN) {
      ShellArgs fast = ShellArgs.parse(args).orElseThrow(() -> new AssertionError(List.of(args)));
      CommandLine cli = Main.commandLine();
      CommandLine.ParseResult parsed = cli.parseArgs(args);
      Main main = cli.getCommand();

      assertThat(parsed.subcommand()).as(List.of(args).toString()).isNull();
      assertThat(fast.options().config).as(List.of(args).toString()).isEqualTo(main.shell.config);
      assertThat(fast.options().profile).isEqualTo(main.shell.profile);
      assertThat(fast.options().sandbox).isEqualTo(main.shell.sandbox);
      assertThat(fast.options().remember).isEqualTo(main.shell.remember);
      assertThat(fast.options().exitAfterPrompt).isEqualTo(main.shell.exitAfterPrompt);
      assertThat(fast.debug()).isEqualTo(main.debug);
    }
  }

  @Test
  void anythingElse_isLeftToPicocli() {
    for (String[] args : LEFT_TO_PICOCLI) {
      assertThat(ShellArgs.parse(args)).as(List.of(args).toString()).isEqualTo(Optional.empty());
    }
  }
}
