package dev.cogsh.config;

import dev.cogsh.human.Masks;
import java.net.URI;
import java.util.Objects;

/**
 * The effective configuration of one cogsh session, after resolution and validation (DESIGN §3.1).
 *
 * <p>Any field may be {@code null} when the user did not configure it, except {@code apiService},
 * which defaults to {@code execute-api}. Secrets ({@code appClientSecret}, {@code password}) never
 * appear in {@link #toString()}.
 *
 * @param region the User Pool's region, e.g. {@code us-east-1}
 * @param userPoolId {@code <region>_<id>}
 * @param appClientId the User Pool app client id
 * @param appClientSecret the app client's secret, when it has one (secret)
 * @param identityPoolId {@code <region>:<uuid>}
 * @param apiUrl the absolute base URL of the API, e.g. the stage's invoke URL
 * @param apiRegion the region used to sign API calls
 * @param apiService the service used to sign API calls, {@code execute-api} by default
 * @param username the default user name offered at sign-in
 * @param password a password given through the environment for scripted runs (secret)
 * @param endpoints endpoint overrides for the Cognito services (the sandbox, moto, a proxy)
 * @param oauth managed login (domain, redirect and sign-out URIs, scopes), or {@code null}
 * @param apiAuth how {@code api} authorizes calls ({@code apiAuth}, {@code apiKey}, {@code
 *     apiAuthHeader}); never null, {@link ApiAuthSettings#DEFAULT} when not configured
 * @param authFlow the flow {@code auth.login} starts with: {@code USER_SRP_AUTH} (the default),
 *     {@code USER_AUTH}, {@code USER_PASSWORD_AUTH} or {@code CUSTOM_AUTH}
 */
public record Config(
    String region,
    String userPoolId,
    String appClientId,
    String appClientSecret,
    String identityPoolId,
    URI apiUrl,
    String apiRegion,
    String apiService,
    String username,
    String password,
    Endpoints endpoints,
    OauthSettings oauth,
    ApiAuthSettings apiAuth,
    String authFlow) {

  /** The service name API Gateway signs for. */
  public static final String EXECUTE_API = "execute-api";

  /** The sign-in flows {@code authFlow} may name; the first is the default. */
  public static final java.util.List<String> AUTH_FLOWS =
      java.util.List.of("USER_SRP_AUTH", "USER_AUTH", "USER_PASSWORD_AUTH", "CUSTOM_AUTH");

  public Config {
    apiService = apiService == null || apiService.isBlank() ? EXECUTE_API : apiService;
    endpoints = endpoints == null ? Endpoints.NONE : endpoints;
    apiAuth = apiAuth == null ? ApiAuthSettings.DEFAULT : apiAuth;
    authFlow = authFlow == null || authFlow.isBlank() ? AUTH_FLOWS.get(0) : authFlow;
  }

  /** A copy with these API authorization settings. */
  public Config withApiAuth(ApiAuthSettings settings) {
    return toBuilder().apiAuth(settings).build();
  }

  /** A copy that signs in with {@code flow} (one of {@link #AUTH_FLOWS}). */
  public Config withAuthFlow(String flow) {
    return toBuilder().authFlow(flow).build();
  }

  /** A copy with these managed-login settings. */
  public Config withOauth(OauthSettings settings) {
    return toBuilder().oauth(settings).build();
  }

  /** An empty configuration to fill in; unset fields are {@code null} (or their default). */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this configuration's values, to make a copy with some changed. */
  public Builder toBuilder() {
    return new Builder()
        .region(region)
        .userPoolId(userPoolId)
        .appClientId(appClientId)
        .appClientSecret(appClientSecret)
        .identityPoolId(identityPoolId)
        .apiUrl(apiUrl)
        .apiRegion(apiRegion)
        .apiService(apiService)
        .username(username)
        .password(password)
        .endpoints(endpoints)
        .oauth(oauth)
        .apiAuth(apiAuth)
        .authFlow(authFlow);
  }

  /** Builds a {@link Config} field by field; see the record's components for each. */
  public static final class Builder {
    private String region;
    private String userPoolId;
    private String appClientId;
    private String appClientSecret;
    private String identityPoolId;
    private URI apiUrl;
    private String apiRegion;
    private String apiService;
    private String username;
    private String password;
    private Endpoints endpoints;
    private OauthSettings oauth;
    private ApiAuthSettings apiAuth;
    private String authFlow;

    private Builder() {}

    public Builder region(String value) {
      this.region = value;
      return this;
    }

    public Builder userPoolId(String value) {
      this.userPoolId = value;
      return this;
    }

    public Builder appClientId(String value) {
      this.appClientId = value;
      return this;
    }

    public Builder appClientSecret(String value) {
      this.appClientSecret = value;
      return this;
    }

    public Builder identityPoolId(String value) {
      this.identityPoolId = value;
      return this;
    }

    public Builder apiUrl(URI value) {
      this.apiUrl = value;
      return this;
    }

    public Builder apiRegion(String value) {
      this.apiRegion = value;
      return this;
    }

    public Builder apiService(String value) {
      this.apiService = value;
      return this;
    }

    public Builder username(String value) {
      this.username = value;
      return this;
    }

    public Builder password(String value) {
      this.password = value;
      return this;
    }

    public Builder endpoints(Endpoints value) {
      this.endpoints = value;
      return this;
    }

    public Builder oauth(OauthSettings value) {
      this.oauth = value;
      return this;
    }

    public Builder apiAuth(ApiAuthSettings value) {
      this.apiAuth = value;
      return this;
    }

    public Builder authFlow(String value) {
      this.authFlow = value;
      return this;
    }

    public Config build() {
      return new Config(
          region,
          userPoolId,
          appClientId,
          appClientSecret,
          identityPoolId,
          apiUrl,
          apiRegion,
          apiService,
          username,
          password,
          endpoints,
          oauth,
          apiAuth,
          authFlow);
    }
  }

  /**
   * Endpoint overrides for the two Cognito services; {@code null} means the public AWS endpoint.
   *
   * @param cognitoIdp the User Pool endpoint ({@code cognito-idp})
   * @param cognitoIdentity the Identity Pool endpoint ({@code cognito-identity})
   */
  public record Endpoints(URI cognitoIdp, URI cognitoIdentity) {
    public static final Endpoints NONE = new Endpoints(null, null);
  }

  /** The pool name Cognito's SRP hashes: the part of the user pool id after the first {@code _}. */
  public String poolName() {
    Objects.requireNonNull(userPoolId, "userPoolId");
    int underscore = userPoolId.indexOf('_');
    return underscore < 0 ? userPoolId : userPoolId.substring(underscore + 1);
  }

  /** The Identity Pool's {@code Logins} key for this User Pool. */
  public String loginsKey() {
    return "cognito-idp." + region + ".amazonaws.com/" + userPoolId;
  }

  /** The issuer ({@code iss}) of this pool's tokens. */
  public String issuer() {
    return "https://" + loginsKey();
  }

  /** A copy with another password (for example, one read from a masked prompt). */
  public Config withPassword(String newPassword) {
    return toBuilder().password(newPassword).build();
  }

  @Override
  public String toString() {
    return "Config[region="
        + region
        + ", userPoolId="
        + userPoolId
        + ", appClientId="
        + appClientId
        + ", appClientSecret="
        + Masks.secret(appClientSecret)
        + ", identityPoolId="
        + identityPoolId
        + ", apiUrl="
        + apiUrl
        + ", apiRegion="
        + apiRegion
        + ", apiService="
        + apiService
        + ", username="
        + username
        + ", password="
        + Masks.secret(password)
        + ", endpoints="
        + endpoints
        + (oauth == null ? "" : ", oauth=" + oauth)
        + (apiAuth.isDefault() ? "" : ", apiAuth=" + apiAuth)
        + ", authFlow="
        + authFlow
        + "]";
  }
}
