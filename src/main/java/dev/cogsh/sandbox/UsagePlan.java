package dev.cogsh.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The usage plan of the sandbox's API key: a missing or wrong {@code x-api-key} gets API Gateway's
 * 403 {@code Forbidden}; once {@link ApiKeyPlan#quota()} calls were admitted, 429 {@code Limit
 * Exceeded}.
 */
final class UsagePlan {

  private final ApiKeyPlan plan;
  private final AtomicInteger used = new AtomicInteger();

  UsagePlan(ApiKeyPlan plan) {
    this.plan = plan;
  }

  /** Admits one call with this key, or throws API Gateway's answer; returns an owner name. */
  String admit(String key) {
    if (key == null
        || !MessageDigest.isEqual(
            key.strip().getBytes(StandardCharsets.UTF_8),
            plan.key().getBytes(StandardCharsets.UTF_8))) {
      throw AwsErrorException.gateway(403, "ForbiddenException", "Forbidden");
    }
    if (used.getAndUpdate(n -> n < plan.quota() ? n + 1 : n) >= plan.quota()) {
      throw AwsErrorException.gateway(429, "LimitExceededException", "Limit Exceeded");
    }
    return "key";
  }
}
