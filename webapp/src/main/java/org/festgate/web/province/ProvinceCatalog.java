package org.festgate.web.province;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.festgate.core.gate.BorderGate;
import org.festgate.core.gate.TradeTarget;
import org.festgate.core.goods.LocalProduct;

/**
 * The province's reference data: border gates (with openings and border markets), local products and the
 * trade targets. Read by everyone; written by the data-set import, which matches records by their keys.
 */
@ApplicationScoped
public class ProvinceCatalog {

    @PersistenceContext
    private EntityManager em;

    @Transactional
    public List<BorderGate> gates() {
        return em.createNamedQuery("GateEntity.findAll", GateEntity.class).getResultStream()
                .map(GateEntity::toGate).toList();
    }

    @Transactional
    public Optional<BorderGate> gate(String key) {
        return gateEntity(key).map(GateEntity::toGate);
    }

    @Transactional
    public List<LocalProduct> products() {
        return em.createNamedQuery("ProductEntity.findAll", ProductEntity.class).getResultStream()
                .map(ProductEntity::toProduct).toList();
    }

    @Transactional
    public Optional<LocalProduct> product(String key) {
        return productEntity(key).map(ProductEntity::toProduct);
    }

    @Transactional
    public List<TradeTarget> tradeTargets() {
        return em.createNamedQuery("TradeTargetEntity.findAll", TradeTargetEntity.class).getResultStream()
                .map(TradeTargetEntity::toTarget).toList();
    }

    /** Adds the gate, or updates the one with the same key. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void store(BorderGate gate) {
        gateEntity(gate.key()).ifPresentOrElse(g -> g.update(gate), () -> em.persist(new GateEntity(gate)));
    }

    /** Adds the product, or updates the one with the same key. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void store(LocalProduct product) {
        productEntity(product.key()).ifPresentOrElse(p -> p.update(product),
                () -> em.persist(new ProductEntity(product)));
    }

    /** Adds the target, or updates the one of the same indicator. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void store(TradeTarget target) {
        em.createNamedQuery("TradeTargetEntity.findByIndicator", TradeTargetEntity.class)
                .setParameter("indicator", target.indicator()).getResultStream().findFirst()
                .ifPresentOrElse(t -> t.update(target), () -> em.persist(new TradeTargetEntity(target)));
    }

    private Optional<GateEntity> gateEntity(String key) {
        return em.createNamedQuery("GateEntity.findByKey", GateEntity.class).setParameter("key", key)
                .getResultStream().findFirst();
    }

    private Optional<ProductEntity> productEntity(String key) {
        return em.createNamedQuery("ProductEntity.findByKey", ProductEntity.class).setParameter("key", key)
                .getResultStream().findFirst();
    }
}
