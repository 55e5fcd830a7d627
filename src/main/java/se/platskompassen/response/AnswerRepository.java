package se.platskompassen.response;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnswerRepository extends JpaRepository<Answer, Long> {

    List<Answer> findByResponseId(UUID responseId);
}
