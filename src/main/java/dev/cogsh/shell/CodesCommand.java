package dev.cogsh.shell;

import dev.cogsh.api.ApiException;
import dev.cogsh.api.SandboxCodes;
import dev.cogsh.runtime.Session;

/**
 * {@code /codes}: the codes the sandbox "sent" by e-mail or SMS (sign-up, password reset, attribute
 * verification, SMS MFA), newest last; the same list as {@code sandbox.messages()} in snippets.
 */
final class CodesCommand {

  private CodesCommand() {}

  static void register(CommandTable table) {
    table.register(
        Command.of(
            "/codes",
            "show the codes the sandbox sent (newest last)",
            "Lists the codes the sandbox sent instead of an e-mail or SMS: sign-up confirmation,\n"
                + "password reset, attribute verification, SMS MFA; newest last. In a script:\n"
                + "sandbox.lastCode(\"user\"). Only on the sandbox: a real pool mails its codes.",
            (context, arguments) -> {
              SandboxCodes codes = Session.sandbox();
              try {
                context.print(codes.table());
                return true;
              } catch (ApiException e) {
                context.error("/codes: " + e.getMessage());
                context.print("hint: " + e.hint());
                return false;
              }
            }));
  }
}
