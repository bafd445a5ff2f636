package com.motstudio.ui.setup;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.model.Branding;
import com.motstudio.model.CustomerTier;
import com.motstudio.model.CustomerType;
import com.motstudio.model.Participant;
import com.motstudio.model.ParticipantGroup;
import com.motstudio.model.Workshop;
import com.motstudio.model.WorkshopInfo;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.function.UnaryOperator;

/**
 * The Workshop page's state: the workshop's metadata, people, branding, customer types and tiers
 * as properties that follow the document (also after undo), and the edits a user makes — each one
 * undo step. Lists are edited through {@link SetupLists}.
 */
public final class SetupViewModel {
    private final WorkshopDocument document;
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty organization = new SimpleStringProperty("");
    private final StringProperty sector = new SimpleStringProperty("");
    private final StringProperty facilitator = new SimpleStringProperty("");
    private final StringProperty language = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty accentColor = new SimpleStringProperty(Branding.DEFAULT_ACCENT);
    private final StringProperty logoBase64 = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>();
    /** A text key for the problem with the last edit (e.g. end date before start), or "". */
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObservableList<CustomerType> customerTypes = FXCollections.observableArrayList();
    private final ObservableList<CustomerTier> tiers = FXCollections.observableArrayList();
    private final ObservableList<ParticipantGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<Participant> participants = FXCollections.observableArrayList();
    private final SetupLists lists;

    public SetupViewModel(WorkshopDocument document) {
        this.document = document;
        this.lists = new SetupLists(document, problem);
        document.addListener(this::refresh);
        refresh();
    }

    public StringProperty titleProperty() { return title; }
    public StringProperty organizationProperty() { return organization; }
    public StringProperty sectorProperty() { return sector; }
    public StringProperty facilitatorProperty() { return facilitator; }
    public StringProperty languageProperty() { return language; }
    public StringProperty notesProperty() { return notes; }
    public StringProperty accentColorProperty() { return accentColor; }
    public StringProperty logoBase64Property() { return logoBase64; }
    public ObjectProperty<LocalDate> startDateProperty() { return startDate; }
    public ObjectProperty<LocalDate> endDateProperty() { return endDate; }
    public StringProperty problemProperty() { return problem; }
    public ObservableList<CustomerType> customerTypes() { return customerTypes; }
    public ObservableList<CustomerTier> tiers() { return tiers; }
    public ObservableList<ParticipantGroup> groups() { return groups; }
    public ObservableList<Participant> participants() { return participants; }
    public SetupLists lists() { return lists; }

    public void commitTitle(String value) {
        info("setup.change.title", i -> i.withTitle(value.strip()));
    }

    public void commitOrganization(String value) {
        info("setup.change.organization", i -> i.withOrganization(value.strip()));
    }

    public void commitSector(String value) {
        info("setup.change.sector", i -> i.withSector(value == null ? "" : value.strip()));
    }

    public void commitFacilitator(String value) {
        info("setup.change.facilitator", i -> i.withFacilitator(value.strip()));
    }

    public void commitLanguage(String tag) {
        info("setup.change.language", i -> i.withLanguage(tag));
    }

    public void commitNotes(String value) {
        info("setup.change.notes", i -> i.withNotes(value));
    }

    /** Commits the dates unless the end comes before the start, which is refused with a problem. */
    public boolean commitDates(LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            problem.set("setup.problem.endBeforeStart");
            return false;
        }
        problem.set("");
        info("setup.change.dates", i -> i.withDates(start, end));
        return true;
    }

    public void commitAccentColor(String hex) {
        info("setup.change.accent", i -> i.withBranding(new Branding(i.branding().logoMediaType(), i.branding().logoBase64(), hex)));
    }

    /** Sets the logo from a file's bytes; refused (with a problem) unless PNG or JPEG of at most 2 MB. */
    public boolean commitLogo(byte[] bytes) {
        String mediaType = LogoCheck.mediaType(bytes);
        if (bytes.length > LogoCheck.MAX_BYTES) {
            problem.set("setup.problem.logoTooLarge");
            return false;
        }
        if (mediaType.isEmpty()) {
            problem.set("setup.problem.logoNotImage");
            return false;
        }
        problem.set("");
        String data = java.util.Base64.getEncoder().encodeToString(bytes);
        info("setup.change.logo", i -> i.withBranding(new Branding(mediaType, data, i.branding().accentColor())));
        return true;
    }

    public void removeLogo() {
        info("setup.change.logo", i -> i.withBranding(new Branding("", "", i.branding().accentColor())));
    }

    private void info(String label, UnaryOperator<WorkshopInfo> change) {
        document.apply(label, w -> w.withInfo(change.apply(w.info())));
    }

    private void refresh() {
        Workshop w = document.current();
        WorkshopInfo i = w.info();
        title.set(i.title());
        organization.set(i.organization());
        sector.set(i.sector());
        facilitator.set(i.facilitator());
        language.set(i.language());
        notes.set(i.notes());
        startDate.set(i.startDate());
        endDate.set(i.endDate());
        accentColor.set(i.branding().accentColor());
        logoBase64.set(i.branding().logoBase64());
        replace(customerTypes, w.customerTypes());
        replace(tiers, w.tiers());
        replace(groups, i.groups());
        replace(participants, i.participants());
    }

    private static <T> void replace(ObservableList<T> list, java.util.List<T> values) {
        if (!list.equals(values)) {
            list.setAll(values);
        }
    }
}
