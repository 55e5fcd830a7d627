package se.platskompassen.response;

import java.util.Optional;

/** The browser session a resident is answering in, when there is one (the resident pages provide it). */
public interface ResidentSessions {

    Optional<ResidentSession> current();
}
