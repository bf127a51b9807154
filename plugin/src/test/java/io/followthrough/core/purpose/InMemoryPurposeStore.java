package io.followthrough.core.purpose;

import io.followthrough.core.port.PurposeStore;
import io.followthrough.core.port.Transactions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The purpose store port kept in memory for rule tests; the Active Objects store is tested on real databases. */
public class InMemoryPurposeStore implements PurposeStore, Transactions {
    private final Map<Long, PagePurpose> byPage = new LinkedHashMap<>();
    private long nextId = 1;
    private int saves;

    @Override
    public Optional<PagePurpose> byPage(long pageId) {
        return Optional.ofNullable(byPage.get(pageId));
    }

    @Override
    public PagePurpose save(PagePurpose purpose) {
        saves++;
        long id = purpose.id() == 0 ? nextId++ : purpose.id();
        PagePurpose stored = new PagePurpose(id, purpose.pageId(), purpose.macroId(), purpose.spaceKey(), purpose.sponsorKey(),
                purpose.until(), purpose.review(), purpose.presence());
        byPage.put(purpose.pageId(), stored);
        return stored;
    }

    @Override
    public void moveToSpace(long pageId, String spaceKey) {
        byPage(pageId).ifPresent(p -> byPage.put(pageId, new PagePurpose(p.id(), pageId, p.macroId(), spaceKey, p.sponsorKey(),
                p.until(), p.review(), p.presence())));
    }

    @Override
    public void deleteByPage(long pageId) {
        byPage.remove(pageId);
    }

    /** How many times anything was written. */
    public int saves() {
        return saves;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
