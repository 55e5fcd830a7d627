package se.platskompassen.response;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResponseRepository extends JpaRepository<Response, UUID> {

    long countByDialogueId(long dialogueId);
}
