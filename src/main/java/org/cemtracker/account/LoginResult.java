package org.cemtracker.account;

import java.time.Duration;

/** The outcome of a password login; a refusal never says whether the account exists. */
public sealed interface LoginResult {

  record Success(CallerIdentity identity) implements LoginResult {}

  record Refused() implements LoginResult {}

  record Throttled(Duration retryAfter) implements LoginResult {}
}
