package se.platskompassen.organisation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final Clock clock;

    OrganisationService(OrganisationRepository organisations, Clock clock) {
        this.organisations = organisations;
        this.clock = clock;
    }

    @Transactional
    public Organisation create(String name, OrganisationKind kind) {
        return organisations.save(new Organisation(name.strip(), kind, clock.instant()));
    }

    public Optional<Organisation> findByName(String name) {
        return organisations.findByName(name);
    }

    public Optional<Organisation> find(long id) {
        return organisations.findById(id);
    }

    public List<Organisation> findAll() {
        return organisations.findAll(Sort.by("name"));
    }
}
