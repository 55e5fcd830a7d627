package se.platskompassen.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    Optional<ApiToken> findByIdAndOrganisationId(long id, long organisationId);

    List<ApiToken> findByOrganisationIdOrderByCreatedAtDescIdDesc(long organisationId);

    /** Notes a use, at most once a minute per token (a BI refresh makes many requests in a row). */
    @Modifying
    @Query("""
            UPDATE ApiToken t SET t.lastUsedAt = :now
            WHERE t.id = :id AND (t.lastUsedAt IS NULL OR t.lastUsedAt < :before)
            """)
    int markUsed(@Param("id") long id, @Param("now") Instant now, @Param("before") Instant before);
}
