package dev.cogsh.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The plain HTML pages of the sandbox's managed login: the sign-in form, the new-password and
 * authenticator-code steps, the {@code SandboxIdP} page, and an error page. No script, no cookies:
 * each form carries the id of the authorize request it continues.
 */
final class LoginPages {
  private LoginPages() {}

  static Reply signIn(String request, String error) {
    return page(
        "Sign in",
        error,
        "/login",
        request,
        "signin",
        field("Username", "username", "text", "username")
            + field("Password", "password", "password", "current-password"),
        "Sign in",
        "<p><a id=\"sandbox-idp\" href=\"/sandbox-idp/authorize?request="
            + escape(request)
            + "\">Continue with "
            + FederatedUsers.PROVIDER
            + "</a></p>");
  }

  static Reply newPassword(String request, String error) {
    return page(
        "Change your password",
        error,
        "/login",
        request,
        "new-password",
        field("New password", "new_password", "password", "new-password"),
        "Change password",
        "");
  }

  static Reply totp(String request, String error) {
    return page(
        "Authenticator code",
        error,
        "/login",
        request,
        "totp",
        field("Code", "code", "text", "one-time-code"),
        "Sign in",
        "");
  }

  static Reply identityProvider(String request) {
    return page(
        FederatedUsers.PROVIDER + " — external identity provider",
        null,
        "/sandbox-idp/login",
        request,
        "idp",
        field("E-mail or user id", "username", "text", "username"),
        "Continue",
        "<p>Any name signs in: this page stands in for Google, SAML or OIDC.</p>");
  }

  static Reply error(int status, String error, String description) {
    String body =
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>Error</title></head><body>"
            + "<h1>"
            + escape(error)
            + "</h1><p id=\"error\">"
            + escape(description)
            + "</p></body></html>";
    return html(status, body);
  }

  private static Reply page(
      String title,
      String error,
      String action,
      String request,
      String step,
      String fields,
      String button,
      String footer) {
    String body =
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>"
            + escape(title)
            + "</title><style>body{font-family:sans-serif;max-width:22em;margin:3em auto}"
            + "label,input,button{display:block;width:100%;margin:.3em 0}"
            + ".error{color:#b00}</style></head><body><h1>"
            + escape(title)
            + "</h1><p>cogsh sandbox — managed login</p>"
            + (error == null ? "" : "<p class=\"error\" id=\"error\">" + escape(error) + "</p>")
            + "<form method=\"post\" action=\""
            + action
            + "\"><input type=\"hidden\" name=\"request\" value=\""
            + escape(request)
            + "\"><input type=\"hidden\" name=\"step\" value=\""
            + step
            + "\">"
            + fields
            + "<button type=\"submit\" id=\"submit\">"
            + escape(button)
            + "</button></form>"
            + footer
            + "</body></html>";
    return html(200, body);
  }

  private static String field(String label, String name, String type, String autocomplete) {
    return "<label for=\""
        + name
        + "\">"
        + label
        + "</label><input id=\""
        + name
        + "\" name=\""
        + name
        + "\" type=\""
        + type
        + "\" autocomplete=\""
        + autocomplete
        + "\">";
  }

  private static Reply html(int status, String body) {
    return new Reply(
        status,
        Map.of("Content-Type", "text/html; charset=utf-8", "Cache-Control", "no-store"),
        body.getBytes(StandardCharsets.UTF_8));
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
