package se.platskompassen.api;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Derived queries only: a JPQL query here would load Hibernate's query parser at every start. */
interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    Optional<ApiToken> findByIdAndOrganisationId(long id, long organisationId);

    List<ApiToken> findByOrganisationIdOrderByCreatedAtDescIdDesc(long organisationId);
}
