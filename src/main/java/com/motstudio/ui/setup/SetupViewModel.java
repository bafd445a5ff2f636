package com.motstudio.ui.setup;

import com.motstudio.ui.common.PageEdits;
import com.motstudio.edit.WorkshopDocument;
import com.motstudio.model.Branding;
import com.motstudio.model.Workshop;
import com.motstudio.model.WorkshopInfo;
import com.motstudio.report.LogoImage;
import com.motstudio.text.Language;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The Workshop (setup) page's state: what the workshop is, its branding, customer types, tiers
 * and people, as properties that always show the open document (also after undo and redo). Each
 * edit is one undo step; an edit that changes nothing records nothing.
 */
public final class SetupViewModel {
    /** The largest logo accepted: it is embedded in the workshop file and in every printed document. */
    public static final long MAX_LOGO_BYTES = 2L * 1024 * 1024;

    private final PageEdits edits;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper organization = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sector = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper facilitator = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper language = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper accentColor = new ReadOnlyStringWrapper(Branding.DEFAULT_ACCENT);
    private final ReadOnlyStringWrapper logo = new ReadOnlyStringWrapper("");
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>(this, "startDate");
    private final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>(this, "endDate");
    private final ReadOnlyStringWrapper datesProblem = new ReadOnlyStringWrapper("");
    private final CustomerTypesModel customerTypes;
    private final TiersModel tiers;
    private final PeopleModel people;

    public SetupViewModel(WorkshopDocument document) {
        edits = new PageEdits(document);
        customerTypes = new CustomerTypesModel(edits);
        tiers = new TiersModel(edits);
        people = new PeopleModel(edits);
        // The date properties are what the pickers show: a date the user picks is committed at once,
        // or refused (and reported) when the end would come before the start.
        startDate.addListener((o, before, after) -> commitDates());
        endDate.addListener((o, before, after) -> commitDates());
        edits.follow(this::refresh);
    }

    /** Stops following the document; call when the page is replaced (new language, other workshop). */
    public void dispose() {
        edits.stop();
    }

    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyStringProperty organizationProperty() { return organization.getReadOnlyProperty(); }
    /** A sector code ({@link Sectors#CODES}) or the text the user typed. */
    public ReadOnlyStringProperty sectorProperty() { return sector.getReadOnlyProperty(); }
    public ReadOnlyStringProperty facilitatorProperty() { return facilitator.getReadOnlyProperty(); }
    /** The workshop's content language tag ("zh-CN", "zh-TW", "en"). */
    public ReadOnlyStringProperty languageProperty() { return language.getReadOnlyProperty(); }
    public ReadOnlyStringProperty notesProperty() { return notes.getReadOnlyProperty(); }
    /** "#RRGGBB". */
    public ReadOnlyStringProperty accentColorProperty() { return accentColor.getReadOnlyProperty(); }
    /** The logo image as base64, "" when there is none. */
    public ReadOnlyStringProperty logoProperty() { return logo.getReadOnlyProperty(); }
    public ObjectProperty<LocalDate> startDateProperty() { return startDate; }
    public ObjectProperty<LocalDate> endDateProperty() { return endDate; }
    /** The text key of why the shown dates were not stored, or "". */
    public ReadOnlyStringProperty datesProblemProperty() { return datesProblem.getReadOnlyProperty(); }
    public CustomerTypesModel customerTypes() { return customerTypes; }
    public TiersModel tiers() { return tiers; }
    public PeopleModel people() { return people; }

    public void commitTitle(String value) {
        info("setup.change.title", i -> i.withTitle(value.strip()));
    }

    public void commitOrganization(String value) {
        info("setup.change.organization", i -> i.withOrganization(value.strip()));
    }

    /** Stores a sector code, or the sector as typed when it is not one of the offered ones. */
    public void commitSector(String value) {
        info("setup.change.sector", i -> i.withSector(value == null ? "" : value.strip()));
    }

    public void commitFacilitator(String value) {
        info("setup.change.facilitator", i -> i.withFacilitator(value.strip()));
    }

    public void commitLanguage(String tag) {
        if (tag != null && Arrays.stream(Language.values()).anyMatch(l -> l.tag().equals(tag))) {
            info("setup.change.language", i -> i.withLanguage(tag));
        }
    }

    public void commitNotes(String value) {
        info("setup.change.notes", i -> i.withNotes(value.stripTrailing()));
    }

    /** Stores an accent colour written "#RRGGBB"; anything else is ignored. */
    public void commitAccentColor(String hex) {
        if (hex != null && hex.matches("#[0-9A-Fa-f]{6}")) {
            info("setup.change.accent", i -> i.withBranding(
                    new Branding(i.branding().logoMediaType(), i.branding().logoBase64(), hex.toUpperCase())));
        }
    }

    /** Stores a logo read from a file; says why when it is refused (too many bytes or pixels, not PNG or JPEG). */
    public Optional<LogoRefusal> commitLogo(byte[] image) {
        if (image.length > MAX_LOGO_BYTES) {
            return Optional.of(new LogoRefusal("setup.logo.tooLarge"));
        }
        String mediaType = LogoImages.mediaType(image);
        Optional<LogoImage.Size> size = LogoImage.size(image);
        if (mediaType.isEmpty() || size.isEmpty()) {
            return Optional.of(new LogoRefusal("setup.logo.notImage"));
        }
        if (size.get().pixels() > LogoImage.MAX_PIXELS_ACCEPTED) {
            return Optional.of(new LogoRefusal("setup.logo.tooManyPixels", size.get().width(), size.get().height(),
                    LogoImage.MAX_PIXELS_ACCEPTED / 1_000_000));
        }
        String data = Base64.getEncoder().encodeToString(image);
        info("setup.change.logo", i -> i.withBranding(new Branding(mediaType, data, i.branding().accentColor())));
        return Optional.empty();
    }

    public void removeLogo() {
        info("setup.change.removeLogo", i -> i.withBranding(new Branding("", "", i.branding().accentColor())));
    }

    private void commitDates() {
        LocalDate start = startDate.get();
        LocalDate end = endDate.get();
        if (start != null && end != null && end.isBefore(start)) {
            datesProblem.set("setup.dates.endBeforeStart");
            return;
        }
        datesProblem.set("");
        WorkshopInfo now = edits.current().info();
        String label = !Objects.equals(start, now.startDate()) ? "setup.change.startDate" : "setup.change.endDate";
        info(label, i -> i.withDates(start, end));
    }

    private void info(String label, UnaryOperator<WorkshopInfo> change) {
        edits.apply(label, w -> w.withInfo(change.apply(w.info())));
    }

    private void refresh() {
        Workshop w = edits.current();
        WorkshopInfo i = w.info();
        title.set(i.title());
        organization.set(i.organization());
        sector.set(i.sector());
        facilitator.set(i.facilitator());
        language.set(i.language());
        notes.set(i.notes());
        startDate.set(i.startDate());
        endDate.set(i.endDate());
        datesProblem.set("");
        accentColor.set(i.branding().accentColor());
        logo.set(i.branding().logoBase64());
        customerTypes.refresh(w.customerTypes());
        tiers.refresh(w.tiers());
        people.refresh(i);
    }
}
