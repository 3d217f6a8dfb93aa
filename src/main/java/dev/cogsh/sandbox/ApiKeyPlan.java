package dev.cogsh.sandbox;

/**
 * The sandbox's one API key and its usage plan ({@code --api-key}, {@code --api-key-quota}): the
 * key {@code /apikey/notes} requires in {@code x-api-key}, and how many calls it allows before API
 * Gateway's 429 {@code Limit Exceeded} (for the sandbox's lifetime).
 *
 * @param key 20 to 128 printable characters, as API Gateway requires
 * @param quota calls allowed, 1 or more
 */
public record ApiKeyPlan(String key, int quota) {

  /** The demo key, public like the demo password: {@code cogsh-sandbox-demo-api-key}. */
  public static final String DEMO_KEY = "cogsh-sandbox-demo-api-key";

  /** The demo key with a quota of 1000 calls. */
  public static final ApiKeyPlan DEFAULT = new ApiKeyPlan(DEMO_KEY, 1000);

  public ApiKeyPlan {
    if (key == null || !key.matches("[\\x21-\\x7e]{20,128}")) {
      throw new IllegalArgumentException(
          "an API key is 20 to 128 printable characters without spaces");
    }
    if (quota < 1) {
      throw new IllegalArgumentException("the API key quota is 1 call or more, not " + quota);
    }
  }

  @Override
  public String toString() {
    return "ApiKeyPlan[key=****, quota=" + quota + "]";
  }
}
