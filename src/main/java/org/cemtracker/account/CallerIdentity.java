package org.cemtracker.account;

import java.io.Serializable;

/** Who is calling, as established by a password, an API token or a UI session. */
public record CallerIdentity(String userId, String email, String name, boolean admin, int epoch)
    implements Serializable {}
