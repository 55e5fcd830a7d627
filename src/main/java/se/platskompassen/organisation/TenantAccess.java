package se.platskompassen.organisation;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.platskompassen.base.NotFoundException;

/**
 * The one place that says whose data the current actor may touch. Every service method that a
 * staff view calls asks it for the actor's organisation and checks a permission; ids from
 * addresses are then only ever looked up inside that organisation.
 */
@Component
public class TenantAccess {

    private static final ThreadLocal<Actor> SYSTEM = new ThreadLocal<>();

    private final CurrentActor current;

    TenantAccess(CurrentActor current) {
        this.current = current;
    }

    /** The acting staff member (or the system); refuses when nobody is signed in. */
    public Actor actor() {
        Actor system = SYSTEM.get();
        if (system != null) {
            return system;
        }
        return current.get().orElseThrow(() -> new NoAccessException("Nobody is signed in"));
    }

    public @Nullable Actor actorOrNull() {
        Actor system = SYSTEM.get();
        return system != null ? system : current.get().orElse(null);
    }

    /** The actor's organisation, after checking the permission; network admins have none. */
    public long organisation(Permission permission) {
        Actor actor = require(permission);
        if (actor.organisationId() == null) {
            throw new NoAccessException("A network admin sees no organisation's data");
        }
        return actor.organisationId();
    }

    /**
     * The actor, after checking the permission and that the thing ({@code what}, e.g. a dialogue)
     * belongs to the actor's organisation. Another organisation's thing is "not found", exactly as
     * one that does not exist: no hint that it exists.
     */
    public Actor requireOwn(long organisationId, Permission permission, String what) {
        if (organisationId != organisation(permission)) {
            throw new NotFoundException(what);
        }
        return actor();
    }

    public Actor require(Permission permission) {
        Actor actor = actor();
        if (!actor.may(permission)) {
            throw new NoAccessException(actor.role() + " may not " + permission);
        }
        return actor;
    }

    public boolean may(Permission permission) {
        Actor actor = actorOrNull();
        return actor != null && actor.may(permission);
    }

    /** Runs work as the application itself for one organisation (or network-wide when null). */
    public <T> T asSystem(@Nullable Long organisationId, Supplier<T> work) {
        Actor previous = SYSTEM.get();
        SYSTEM.set(Actor.system(organisationId));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                SYSTEM.remove();
            } else {
                SYSTEM.set(previous);
            }
        }
    }

    public void asSystem(@Nullable Long organisationId, Runnable work) {
        asSystem(organisationId, () -> {
            work.run();
            return null;
        });
    }
}
