package dev.cogsh.creds;

import java.util.Optional;

/** One place credentials come from; {@link Creds} holds the active one. */
interface Source {

  /** Credentials valid for longer than the margin; {@code force} fetches new ones regardless. */
  AwsCredentials get(boolean force);

  /** The credentials last handed out, without fetching. */
  Optional<AwsCredentials> cached();

  /** What {@code creds.source()} says: {@code identity pool}, {@code profile dev}, … */
  String name();
}
