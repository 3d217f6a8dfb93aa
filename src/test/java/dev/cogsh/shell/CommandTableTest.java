package dev.cogsh.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jline.reader.Candidate;
import org.junit.jupiter.api.Test;

/** One table: lookup by name or prefix, the messages for near misses, help and completion. */
class CommandTableTest {

  private static Command command(String name) {
    return Command.of(name, "does " + name, "Does " + name + ".", (context, arguments) -> true);
  }

  private final CommandTable table =
      new CommandTable()
          .register(command("/help"))
          .register(command("/replay"))
          .register(command("/reset"))
          .register(command("/record"))
          .register(
              new Command(
                  "/login",
                  "[user]",
                  "sign in",
                  "Signs in.",
                  word -> List.of(new Candidate("ada@example.com")),
                  (context, arguments) -> true));

  @Test
  void find_byExactName_orUniquePrefix() {
    assertThat(table.find("/reset"))
        .isEqualTo(new CommandTable.Lookup.Found(table.commands().get(2)));
    assertThat(((CommandTable.Lookup.Found) table.find("/he")).command().name()).isEqualTo("/help");
    assertThat(((CommandTable.Lookup.Found) table.find("rep")).command().name())
        .isEqualTo("/replay");
  }

  @Test
  void find_ofASharedPrefix_isAmbiguous() {
    CommandTable.Lookup lookup = table.find("/re");

    assertThat(CommandTable.problem(lookup))
        .contains("ambiguous: /re could be /replay, /reset, /record");
  }

  @Test
  void find_ofANearMiss_suggestsTheCommand() {
    assertThat(CommandTable.problem(table.find("/hlep")))
        .contains("unknown command: /hlep — did you mean /help? (/help lists the commands)");
    assertThat(CommandTable.problem(table.find("/zzzzzz")))
        .contains("unknown command: /zzzzzz (/help lists the commands)");
  }

  @Test
  void register_ofATakenName_throws() {
    assertThatThrownBy(() -> table.register(command("/help")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> command("help")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void summary_isOneAlignedLinePerCommand() {
    assertThat(table.summary())
        .containsExactly(
            "  /help           does /help",
            "  /replay         does /replay",
            "  /reset          does /reset",
            "  /record         does /record",
            "  /login [user]   sign in");
  }

  @Test
  void complete_namesThenArguments() {
    assertThat(table.complete("/re", 3))
        .extracting(Candidate::value)
        .containsExactly("/replay", "/reset", "/record");
    assertThat(table.complete("/log a", 6))
        .extracting(Candidate::value)
        .containsExactly("ada@example.com");
    assertThat(table.complete("/nope a", 7)).isEmpty();
  }

  @Test
  void isCommand_tellsSlashCommandsFromJavaComments() {
    assertThat(CommandTable.isCommand("/help")).isTrue();
    assertThat(CommandTable.isCommand("  /vars")).isTrue();
    assertThat(CommandTable.isCommand("// a comment")).isFalse();
    assertThat(CommandTable.isCommand("/* a comment */ 1")).isFalse();
    assertThat(CommandTable.isCommand("1 / 2")).isFalse();
  }

  @Test
  void distance_isLevenshtein() {
    assertThat(CommandTable.distance("/help", "/hlep")).isEqualTo(2);
    assertThat(CommandTable.distance("/help", "/help")).isZero();
    assertThat(CommandTable.distance("", "abc")).isEqualTo(3);
  }
}
