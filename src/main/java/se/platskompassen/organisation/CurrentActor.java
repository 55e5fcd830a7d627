package se.platskompassen.organisation;

import java.util.Optional;

/** Where the signed-in staff member comes from; the security feature provides it. */
public interface CurrentActor {

    Optional<Actor> get();
}
