package dev.cogsh.config;

import dev.cogsh.human.Masks;

/**
 * How {@code api} authorizes calls unless a request says otherwise: {@code apiAuth}, {@code apiKey}
 * and {@code apiAuthHeader} of {@code cogsh.json}.
 *
 * @param mode the authorization mode, {@link ApiAuth#IAM} by default
 * @param apiKey the API key sent as {@code x-api-key} with every call in any mode, or null (secret)
 * @param header the header a token goes in ({@code Authorization} when null)
 */
public record ApiAuthSettings(ApiAuth mode, String apiKey, String header) {

  /** The default header a token goes in. */
  public static final String AUTHORIZATION = "Authorization";

  /** IAM, no API key, tokens in {@code Authorization}. */
  public static final ApiAuthSettings DEFAULT = new ApiAuthSettings(ApiAuth.IAM, null, null);

  public ApiAuthSettings {
    mode = mode == null ? ApiAuth.IAM : mode;
  }

  /** The header a token goes in. */
  public String tokenHeader() {
    return header == null ? AUTHORIZATION : header;
  }

  /** True when nothing differs from {@link #DEFAULT}. */
  public boolean isDefault() {
    return mode == ApiAuth.IAM && apiKey == null && header == null;
  }

  @Override
  public String toString() {
    return "ApiAuthSettings[mode="
        + mode
        + ", apiKey="
        + (apiKey == null ? "null" : Masks.secret(apiKey))
        + ", header="
        + tokenHeader()
        + "]";
  }
}
