package org.festgate.web.festival;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Festivals and venues in the database, found by their stable keys. */
@ApplicationScoped
public class FestivalRepository {

    @PersistenceContext
    private EntityManager em;

    public Optional<FestivalEntity> find(String key) {
        return em.createNamedQuery("FestivalEntity.findByKey", FestivalEntity.class)
                .setParameter("key", key).getResultStream().findFirst();
    }

    public List<FestivalEntity> findAll() {
        return em.createNamedQuery("FestivalEntity.findAll", FestivalEntity.class).getResultList();
    }

    public Optional<VenueEntity> findVenue(String key) {
        return em.createNamedQuery("VenueEntity.findByKey", VenueEntity.class)
                .setParameter("key", key).getResultStream().findFirst();
    }

    public List<VenueEntity> findAllVenues() {
        return em.createNamedQuery("VenueEntity.findAll", VenueEntity.class).getResultList();
    }

    public void store(Object entity) {
        em.persist(entity);
    }

    public void remove(FestivalEntity festival) {
        em.remove(festival);
    }
}
