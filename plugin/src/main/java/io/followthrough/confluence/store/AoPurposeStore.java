package io.followthrough.confluence.store;

import static io.followthrough.confluence.store.AoColumns.day;
import static io.followthrough.confluence.store.AoColumns.isConstraintViolation;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.followthrough.core.commitment.Presence;
import io.followthrough.core.port.ConcurrentMoveException;
import io.followthrough.core.port.PurposeStore;
import io.followthrough.core.purpose.PagePurpose;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/** The purposes of pages in Active Objects, one row per page; hands out immutable core records, never entities. */
public final class AoPurposeStore implements PurposeStore {

    private final ActiveObjects ao;

    public AoPurposeStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<PagePurpose> byPage(long pageId) {
        return row(pageId).map(AoPurposeStore::purpose);
    }

    /** A second row for the same page (two nodes saving it at once) fails the unique page id and is reported as a race. */
    @Override
    public PagePurpose save(PagePurpose purpose) {
        if (purpose.id() == 0) {
            Map<String, Object> columns = new HashMap<>();
            columns.put("PAGE_ID", purpose.pageId());
            columns.put("MACRO_ID", purpose.macroId());
            columns.put("SPACE_KEY", purpose.spaceKey());
            columns.put("SPONSOR_KEY", purpose.sponsorKey().orElse(null));
            columns.put("UNTIL_DATE", day(purpose.until()));
            columns.put("REVIEW_DATE", day(purpose.review()));
            columns.put("PRESENCE", purpose.presence().name());
            try {
                int id = ao.create(AoPurpose.class, columns).getID();
                return new PagePurpose(id, purpose.pageId(), purpose.macroId(), purpose.spaceKey(), purpose.sponsorKey(),
                        purpose.until(), purpose.review(), purpose.presence());
            } catch (RuntimeException e) {
                if (isConstraintViolation(e)) {
                    throw new ConcurrentMoveException("purpose of page " + purpose.pageId(), e);
                }
                throw e;
            }
        }
        AoPurpose row = purpose.id() > Integer.MAX_VALUE ? null : ao.get(AoPurpose.class, (int) purpose.id());
        if (row == null) {
            throw new IllegalArgumentException("no purpose " + purpose.id());
        }
        row.setMacroId(purpose.macroId());
        row.setSpaceKey(purpose.spaceKey());
        row.setSponsorKey(purpose.sponsorKey().orElse(null));
        row.setUntilDate(day(purpose.until()));
        row.setReviewDate(day(purpose.review()));
        row.setPresence(purpose.presence().name());
        row.save();
        return purpose;
    }

    @Override
    public void moveToSpace(long pageId, String spaceKey) {
        row(pageId).ifPresent(row -> {
            row.setSpaceKey(spaceKey);
            row.save();
        });
    }

    @Override
    public void deleteByPage(long pageId) {
        ao.deleteWithSQL(AoPurpose.class, "PAGE_ID = ?", pageId);
    }

    private Optional<AoPurpose> row(long pageId) {
        return Arrays.stream(ao.find(AoPurpose.class, Query.select().where("PAGE_ID = ?", pageId))).findFirst();
    }

    static PagePurpose purpose(AoPurpose row) {
        return new PagePurpose(row.getID(), row.getPageId(), row.getMacroId(), row.getSpaceKey(),
                Optional.ofNullable(row.getSponsorKey()), day(row.getUntilDate()), day(row.getReviewDate()),
                Presence.valueOf(row.getPresence()));
    }
}
