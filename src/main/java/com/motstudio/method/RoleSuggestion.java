package com.motstudio.method;

import com.motstudio.model.TouchpointRole;

/**
 * A role the data suggests for a touchpoint, and why; the team decides whether to tag it.
 *
 * @param alreadySet true when the touchpoint already has the role
 */
public record RoleSuggestion(
        String touchpointId,
        TouchpointRole role,
        RoleReason reason,
        boolean alreadySet) {
}
