package org.festgate.web.vendor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.festgate.core.goods.ProductCategory;

/** Vendors, their products and the products' photos in the database. */
@ApplicationScoped
public class VendorRepository {

    @PersistenceContext
    private EntityManager em;

    Optional<VendorEntity> vendor(long id) {
        return Optional.ofNullable(em.find(VendorEntity.class, id));
    }

    /** The vendor, locked for update until the transaction ends. */
    Optional<VendorEntity> lockVendor(long id) {
        return Optional.ofNullable(em.find(VendorEntity.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    Optional<VendorEntity> vendorOf(String username) {
        return em.createNamedQuery("VendorEntity.byUsername", VendorEntity.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    List<VendorEntity> vendors(Optional<VendorStatus> status) {
        return status.map(s -> em.createNamedQuery("VendorEntity.withStatus", VendorEntity.class)
                        .setParameter("status", s))
                .orElseGet(() -> em.createNamedQuery("VendorEntity.all", VendorEntity.class)).getResultList();
    }

    Optional<VendorProductEntity> product(String key) {
        return em.createNamedQuery("VendorProductEntity.byKey", VendorProductEntity.class).setParameter("key", key)
                .getResultStream().findFirst();
    }

    /** Locks the product's row until the transaction ends: photo uploads to it queue up behind. */
    void lock(VendorProductEntity product) {
        em.lock(product, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The products a vendor offers (not withdrawn), oldest first. */
    List<VendorProductEntity> productsOf(long vendorId) {
        return em.createNamedQuery("VendorProductEntity.ofVendor", VendorProductEntity.class)
                .setParameter("vendor", vendorId).getResultList();
    }

    /** The keys taken that are the base or the base followed by a hyphen and more. */
    List<String> keysLike(String base) {
        return em.createNamedQuery("VendorProductEntity.keysLike", String.class).setParameter("base", base)
                .setParameter("prefix", base + "-%").getResultList();
    }

    /**
     * The products of verified vendors (all, or those given) that are not withdrawn, whose folded search text
     * contains each of the folded words and which are of the category (if any); by vendor, then oldest first.
     */
    List<VendorProductEntity> search(Optional<Collection<Long>> vendorIds, List<String> foldedWords,
                                     Optional<ProductCategory> category) {
        StringBuilder jpql = new StringBuilder("SELECT p FROM VendorProductEntity p, VendorEntity v"
                + " WHERE v.id = p.vendorId AND v.status = :verified AND p.withdrawnAt IS NULL");
        vendorIds.ifPresent(ids -> jpql.append(" AND p.vendorId IN :vendors"));
        for (int i = 0; i < foldedWords.size(); i++) {
            jpql.append(" AND p.searchText LIKE :word").append(i).append(" ESCAPE '\\'");
        }
        category.ifPresent(c -> jpql.append(" AND p.category = :category"));
        TypedQuery<VendorProductEntity> query = em.createQuery(jpql.append(" ORDER BY p.vendorId, p.createdAt, p.id")
                        .toString(), VendorProductEntity.class)
                .setParameter("verified", VendorStatus.VERIFIED);
        vendorIds.ifPresent(ids -> query.setParameter("vendors", ids));
        for (int i = 0; i < foldedWords.size(); i++) {
            query.setParameter("word" + i, "%" + foldedWords.get(i).replaceAll("([\\\\%_])", "\\\\$1") + "%");
        }
        category.ifPresent(c -> query.setParameter("category", c));
        return query.getResultList();
    }

    /**
     * Key, vendor id and name of every product that {@link #search} finds, in no order. All of them, without a list
     * of vendors: H2 compares each row with every value of a long {@code IN} list of parameters, which cost more
     * than reading the province's few thousand products.
     */
    List<Object[]> publicProductNames() {
        return em.createQuery("SELECT p.key, p.vendorId, p.name FROM VendorProductEntity p, VendorEntity v"
                        + " WHERE v.id = p.vendorId AND v.status = :verified AND p.withdrawnAt IS NULL", Object[].class)
                .setParameter("verified", VendorStatus.VERIFIED).getResultList();
    }

    List<PhotoRef> photosOf(long productId) {
        return em.createNamedQuery("ProductPhotoEntity.refsOf", PhotoRef.class).setParameter("product", productId)
                .getResultList();
    }

    long photoCount(long productId) {
        return em.createNamedQuery("ProductPhotoEntity.countOf", Long.class).setParameter("product", productId)
                .getSingleResult();
    }

    Optional<ProductPhotoEntity> photo(long photoId) {
        return Optional.ofNullable(em.find(ProductPhotoEntity.class, photoId));
    }

    /** Deletes a photo of a product; whether there was one. */
    boolean deletePhoto(long productId, long photoId) {
        return em.createNamedQuery("ProductPhotoEntity.delete").setParameter("id", photoId)
                .setParameter("product", productId).executeUpdate() == 1;
    }

    void store(Object entity) {
        em.persist(entity);
    }
}
