package se.platskompassen.security;

import se.platskompassen.organisation.Actor;

/**
 * A principal that brings its own actor, already checked against the database when its request
 * began (an API token). A staff sign-in is not one: its account is read again on every request.
 */
public interface ActingPrincipal {

    /** The actor the services see for this request. */
    Actor actor();
}
