package dev.cogsh.cli;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogsh.config.ApiAuth;
import dev.cogsh.config.ApiAuthSettings;
import dev.cogsh.config.Config;
import dev.cogsh.config.Environment;
import dev.cogsh.config.TextFiles;
import dev.cogsh.human.Durations;
import dev.cogsh.sandbox.ApiKeyPlan;
import dev.cogsh.sandbox.DeviceTracking;
import dev.cogsh.sandbox.Sandbox;
import dev.cogsh.sandbox.SandboxOptions;
import dev.cogsh.sandbox.SandboxStartException;
import dev.cogsh.sandbox.SeedUser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cogsh sandbox}: runs the sandbox in the foreground until SIGINT or SIGTERM, and writes a
 * {@code cogsh.json} that points at it.
 */
@Command(
    name = "sandbox",
    mixinStandardHelpOptions = true,
    description = {
      "Run the local Cognito User Pool + Identity Pool + IAM-authorized API (no AWS account needed).",
      "Stops on Ctrl-C or SIGTERM."
    })
final class SandboxCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--host",
      description = "Address to bind (default 127.0.0.1; anything else exposes the sandbox).")
  String host;

  @Option(names = "--port", description = "Port (default 0: a free one).")
  int port;

  @Option(
      names = "--user",
      paramLabel = "NAME[:PASSWORD]",
      description =
          "A confirmed user (repeatable; default demo@example.com:Passw0rd!). NAME alone takes"
              + " the password from --users-file or the environment; NAME:PASSWORD shows in ps; end with"
              + " :FORCE_CHANGE_PASSWORD or :RESET_REQUIRED to seed the user in that state.")
  List<String> users = new ArrayList<>();

  @Option(
      names = "--user-new-password",
      paramLabel = "NAME[:TEMP]",
      description = "A user who must set a new password at first sign-in.")
  List<String> usersNewPassword = new ArrayList<>();

  @Option(
      names = "--user-totp",
      paramLabel = "NAME:PASSWORD:BASE32",
      description = "A user with TOTP MFA and this Base32 secret.")
  List<String> usersTotp = new ArrayList<>();

  @Option(
      names = "--user-sms",
      paramLabel = "NAME[:PASSWORD]",
      description = "A user with SMS MFA (codes at GET /_sandbox/messages).")
  List<String> usersSms = new ArrayList<>();

  @Option(names = "--client-secret", description = "Give the app client this secret.")
  String clientSecret;

  @Option(
      names = "--creds-ttl",
      paramLabel = "DURATION",
      description = "Lifetime of Identity Pool credentials: 1h (default), 15m, 90s.")
  String credsTtl = "1h";

  @Option(names = "--config-out", paramLabel = "FILE", description = "Write a cogsh.json here.")
  Path configOut;

  @Option(
      names = "--state",
      paramLabel = "DIR",
      description = "Keep users, identities and notes in DIR across restarts.")
  Path stateDir;

  @Option(
      names = "--devices",
      paramLabel = "MODE",
      description =
          "Device tracking: off (default), always (remember every device: MFA once per device),"
              + " opt-in (the user chooses, auth.rememberDevice()).")
  String devices = "off";

  @Option(
      names = "--email-as-username",
      description =
          "Users sign in with their e-mail address (UsernameAttributes: email): a user named like"
              + " an address gets a UUID as its user name.")
  boolean emailAsUsername;

  @Option(
      names = "--callback-url",
      paramLabel = "URL",
      description =
          "Also accept URL as a managed-login callback URL (default: http://localhost:8765/callback).")
  List<String> callbackUrls = new ArrayList<>();

  @Option(
      names = "--scopes",
      paramLabel = "SCOPES",
      description =
          "The OAuth scopes the app client allows, space-separated (default: openid email profile"
              + " phone aws.cognito.signin.user.admin notes/read notes/write).")
  String scopes;

  @Option(
      names = "--request-timeout",
      paramLabel = "DURATION",
      description =
          "Drop a client that takes longer than this to send a request or read its answer: "
              + "30s (default), 2m.")
  String requestTimeout = "30s";

  @Option(
      names = "--api-key",
      paramLabel = "KEY",
      description =
          "The API key /apikey/notes requires (20+ characters; default: the public demo key"
              + " cogsh-sandbox-demo-api-key); written to --config-out as apiKey.")
  String apiKey = ApiKeyPlan.DEMO_KEY;

  @Option(
      names = "--api-key-quota",
      paramLabel = "N",
      description = "Calls the API key's usage plan allows before 429 Limit Exceeded (1000).")
  int apiKeyQuota = ApiKeyPlan.DEFAULT.quota();

  @Option(
      names = "--id-token-ttl",
      paramLabel = "DURATION",
      description = "Lifetime of ID and access tokens: 1h (default), 5m, 90s.")
  String idTokenTtl = "1h";

  @Option(
      names = "--access-token-ttl",
      paramLabel = "DURATION",
      description =
          "Lifetime of access tokens, set apart from ID tokens (as an app client can): 5m, 90s.")
  String accessTokenTtl;

  @Option(
      names = "--refresh-token-ttl",
      paramLabel = "DURATION",
      description =
          "Lifetime of refresh tokens: 30d (default), 10m; an expired one answers"
              + " \"Refresh Token has expired\".")
  String refreshTokenTtl = "30d";

  @Option(
      names = "--custom-challenge",
      paramLabel = "QUESTION=ANSWER",
      description =
          "Emulate custom-auth Lambda triggers (CUSTOM_AUTH): ask QUESTION, accept ANSWER.")
  String customChallenge;

  @Option(names = "--verbose", description = "Print one line per request.")
  boolean verbose;

  @CommandLine.Mixin SandboxExtraOptions extra = new SandboxExtraOptions();

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    SandboxOptions options;
    List<SeedUser> seeded = new ArrayList<>();
    try {
      SandboxOptions.Builder builder = extra.apply(SandboxOptions.builder().port(port));
      SandboxPasswords passwords = SandboxPasswords.open(extra.usersFile, Environment.system());
      users.forEach(u -> seeded.add(passwords.user(u, SeedUser.Kind.CONFIRMED)));
      usersNewPassword.forEach(u -> seeded.add(passwords.user(u, SeedUser.Kind.NEW_PASSWORD)));
      usersTotp.forEach(u -> seeded.add(SeedUser.parse(u, SeedUser.Kind.TOTP)));
      usersSms.forEach(u -> seeded.add(passwords.user(u, SeedUser.Kind.SMS)));
      seeded.forEach(builder::seed);
      if (host != null) {
        builder.host(host);
      }
      callbackUrls.forEach(builder::callbackUrl);
      if (emailAsUsername) {
        builder.emailAsUsername();
      }
      if (scopes != null) {
        builder.scopes(List.of(scopes.strip().split("[\\s,]+")));
      }
      if (customChallenge != null) {
        builder.customChallenge(customChallenge);
      }
      if (accessTokenTtl != null) {
        builder.accessTokenTtl(Durations.parse(accessTokenTtl, "--access-token-ttl"));
      }
      options =
          builder
              .idTokenTtl(Durations.parse(idTokenTtl, "--id-token-ttl"))
              .refreshTokenTtl(Durations.parse(refreshTokenTtl, "--refresh-token-ttl"))
              .credsTtl(Durations.parse(credsTtl, "--creds-ttl"))
              .requestTimeout(Durations.parse(requestTimeout, "--request-timeout"))
              .clientSecret(clientSecret)
              .stateDir(stateDir)
              .devices(DeviceTracking.parse(devices))
              .log(verbose ? line -> printLine(out, line) : null)
              .apiKey(apiKey, apiKeyQuota)
              .build();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    Sandbox sandbox;
    try {
      sandbox = Sandbox.start(options);
    } catch (SandboxStartException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("cogsh sandbox: " + e.getMessage());
      err.println("hint: " + e.hint());
      err.flush();
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  sandbox.close();
                  printLine(out, "cogsh sandbox stopped");
                  stopped.countDown();
                },
                "cogsh-sandbox-stop"));
    printLine(out, "cogsh sandbox listening on " + sandbox.endpoint());
    if (options.demoUser()) {
      printLine(
          out, "user " + SandboxOptions.DEMO_USER + ", password " + SandboxOptions.DEMO_PASSWORD);
    }
    for (SeedUser user : seeded) {
      printLine(out, "user " + user.name() + " (" + describe(user.kind()) + ")");
    }
    if (host != null && !host.equals("127.0.0.1") && !host.equals("localhost")) {
      printLine(
          out,
          "warning: bound to "
              + host
              + ": anyone who can reach this port can sign in as the sandbox's users"
              + (options.demoUser() ? " (the demo user's password is public)" : "")
              + ", get credentials, call the API and read every note, over plain HTTP; the test"
              + " hooks still answer only to a loopback Host or "
              + host
              + ", with the token. From another machine use http://<this machine's address>:"
              + sandbox.endpoint().getPort()
              + "; --host 127.0.0.1 keeps the sandbox to this machine");
    }
    if (configOut != null) {
      try {
        writeConfig(
            sandbox.config().withApiAuth(new ApiAuthSettings(ApiAuth.IAM, sandbox.apiKey(), null)),
            sandbox.hookToken(),
            configOut);
      } catch (IOException e) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(
            "cogsh sandbox: cannot write --config-out "
                + configOut
                + ": "
                + (e instanceof FileAlreadyExistsException in
                    ? in.getFile() + " is a file, not a folder"
                    : TextFiles.reason(e)));
        err.println("hint: give --config-out a file in a folder you may write");
        err.flush();
        return 1; // the shutdown hook stops the sandbox
      }
      printLine(out, "wrote " + configOut);
    }
    stopped.await();
    return 0;
  }

  /** How a seeded user signs in, for the banner (the password is the one given). */
  private static String describe(SeedUser.Kind kind) {
    return switch (kind) {
      case CONFIRMED -> "--user: confirmed";
      case NEW_PASSWORD -> "--user-new-password: must set a new password";
      case TOTP -> "--user-totp: TOTP MFA";
      case SMS -> "--user-sms: SMS MFA, codes at /_sandbox/messages";
      case RESET_REQUIRED -> "--user …:RESET_REQUIRED: must reset the password";
    };
  }

  private static void printLine(PrintWriter out, String line) {
    synchronized (out) {
      out.println(line);
      out.flush();
    }
  }

  /**
   * Writes {@code cogsh.json} (DESIGN §3.1) plus the sandbox's hook token ({@code
   * sandboxHooks.token}), owner-only, through a temporary file and an atomic rename.
   */
  static void writeConfig(Config config, String hookToken, Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode json = mapper.createObjectNode();
    json.put("region", config.region());
    json.put("userPoolId", config.userPoolId());
    json.put("appClientId", config.appClientId());
    json.put("appClientSecret", config.appClientSecret());
    json.put("identityPoolId", config.identityPoolId());
    json.put("apiUrl", config.apiUrl().toString());
    json.put("apiRegion", config.apiRegion());
    json.put("apiService", config.apiService());
    json.put("username", config.username());
    if (config.apiAuth().apiKey() != null) {
      json.put("apiKey", config.apiAuth().apiKey()); // the key of /apikey/notes (a secret)
    }
    json.putObject("endpoints")
        .put("cognitoIdp", config.endpoints().cognitoIdp().toString())
        .put("cognitoIdentity", config.endpoints().cognitoIdentity().toString());
    if (config.oauth() != null) {
      json.put("domain", config.oauth().domain().toString()); // managed login on the sandbox
    }
    json.putObject("sandboxHooks").put("token", hookToken);
    Path absolute = file.toAbsolutePath();
    Files.createDirectories(absolute.getParent());
    Path temp = Files.createTempFile(absolute.getParent(), ".cogsh-", ".json.tmp");
    try {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      DefaultPrettyPrinter printer =
          new DefaultPrettyPrinter()
              .withSeparators(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
              .withObjectIndenter(indenter);
      ownerOnly(temp);
      Files.writeString(temp, mapper.writer(printer).writeValueAsString(json) + "\n");
      Files.move(
          temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static void ownerOnly(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }
}
