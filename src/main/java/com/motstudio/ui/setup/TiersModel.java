package com.motstudio.ui.setup;

import com.motstudio.ui.common.PageEdits;
import com.motstudio.model.CustomerTier;
import com.motstudio.model.Ids;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The customer tiers (80/20 priority) as the setup page edits them. A tier's rank is its place in
 * the list, so adding, moving and removing tiers rank them 1, 2, 3… again; the shares are
 * percentages from 0 to 100, and anything else typed is refused, never stored.
 */
public final class TiersModel {
    private static final String CHANGE = "setup.change.tier";
    private final PageEdits edits;
    private final ObservableList<CustomerTier> items = FXCollections.observableArrayList();

    TiersModel(PageEdits edits) {
        this.edits = edits;
    }

    public ObservableList<CustomerTier> items() {
        return FXCollections.unmodifiableObservableList(items);
    }

    /** Adds a tier at the end (the lowest priority) and returns its id. */
    public String add(String name) {
        String id = Ids.next("tier");
        edits.apply("setup.change.addTier", w -> w.withTiers(ranked(ListEdits.append(w.tiers(),
                new CustomerTier(id, name.strip(), w.tiers().size() + 1, null, null, "")))));
        return id;
    }

    public void setName(String id, String name) {
        update(id, t -> new CustomerTier(t.id(), name.strip(), t.rank(), t.shareOfCustomers(), t.shareOfValue(), t.description()));
    }

    public void setDescription(String id, String description) {
        update(id, t -> new CustomerTier(t.id(), t.name(), t.rank(), t.shareOfCustomers(), t.shareOfValue(), description.strip()));
    }

    /** Sets the share of customers from typed text; returns the text key of the problem when refused. */
    public Optional<String> setShareOfCustomers(String id, String typed) {
        Shares.Typed share = Shares.parse(typed);
        if (!share.refused()) {
            update(id, t -> new CustomerTier(t.id(), t.name(), t.rank(), share.value(), t.shareOfValue(), t.description()));
        }
        return problemOf(share);
    }

    /** Sets the share of value from typed text; returns the text key of the problem when refused. */
    public Optional<String> setShareOfValue(String id, String typed) {
        Shares.Typed share = Shares.parse(typed);
        if (!share.refused()) {
            update(id, t -> new CustomerTier(t.id(), t.name(), t.rank(), t.shareOfCustomers(), share.value(), t.description()));
        }
        return problemOf(share);
    }

    public void move(String id, int delta) {
        edits.apply("setup.change.moveTier", w -> w.withTiers(ranked(ListEdits.move(w.tiers(), CustomerTier::id, id, delta))));
    }

    public void remove(String id) {
        edits.apply("setup.change.removeTier", w -> w.withTiers(ranked(ListEdits.remove(w.tiers(), CustomerTier::id, id))));
    }

    void refresh(List<CustomerTier> tiers) {
        if (!items.equals(tiers)) {
            items.setAll(tiers);
        }
    }

    private void update(String id, UnaryOperator<CustomerTier> change) {
        edits.apply(CHANGE, w -> w.withTiers(ListEdits.update(w.tiers(), CustomerTier::id, id, change)));
    }

    private static Optional<String> problemOf(Shares.Typed share) {
        return share.refused() ? Optional.of(share.problem()) : Optional.empty();
    }

    private static List<CustomerTier> ranked(List<CustomerTier> tiers) {
        List<CustomerTier> ranked = new ArrayList<>();
        for (int i = 0; i < tiers.size(); i++) {
            CustomerTier t = tiers.get(i);
            ranked.add(new CustomerTier(t.id(), t.name(), i + 1, t.shareOfCustomers(), t.shareOfValue(), t.description()));
        }
        return List.copyOf(ranked);
    }
}
