package com.motstudio.model;

import java.time.LocalDate;
import java.util.List;

/** What the workshop is: title, client, sector, people and dates. */
public record WorkshopInfo(
        String title,
        String organization,
        String sector,
        String facilitator,
        LocalDate startDate,
        LocalDate endDate,
        String language,
        List<Participant> participants,
        List<ParticipantGroup> groups,
        String notes,
        Branding branding) {
    public WorkshopInfo {
        title = Values.text(title);
        organization = Values.text(organization);
        sector = Values.text(sector);
        facilitator = Values.text(facilitator);
        language = Values.text(language);
        participants = Values.list(participants);
        groups = Values.list(groups);
        notes = Values.text(notes);
        branding = Values.or(branding, Branding.none());
    }

    public static WorkshopInfo empty() {
        return new WorkshopInfo("", "", "", "", null, null, "", List.of(), List.of(), "", Branding.none());
    }

    public WorkshopInfo withTitle(String value) {
        return new WorkshopInfo(value, organization, sector, facilitator, startDate, endDate, language, participants, groups, notes, branding);
    }

    public WorkshopInfo withOrganization(String value) {
        return new WorkshopInfo(title, value, sector, facilitator, startDate, endDate, language, participants, groups, notes, branding);
    }

    public WorkshopInfo withSector(String value) {
        return new WorkshopInfo(title, organization, value, facilitator, startDate, endDate, language, participants, groups, notes, branding);
    }

    public WorkshopInfo withFacilitator(String value) {
        return new WorkshopInfo(title, organization, sector, value, startDate, endDate, language, participants, groups, notes, branding);
    }

    public WorkshopInfo withDates(LocalDate start, LocalDate end) {
        return new WorkshopInfo(title, organization, sector, facilitator, start, end, language, participants, groups, notes, branding);
    }

    public WorkshopInfo withLanguage(String value) {
        return new WorkshopInfo(title, organization, sector, facilitator, startDate, endDate, value, participants, groups, notes, branding);
    }

    public WorkshopInfo withParticipants(List<Participant> value) {
        return new WorkshopInfo(title, organization, sector, facilitator, startDate, endDate, language, value, groups, notes, branding);
    }

    public WorkshopInfo withGroups(List<ParticipantGroup> value) {
        return new WorkshopInfo(title, organization, sector, facilitator, startDate, endDate, language, participants, value, notes, branding);
    }

    public WorkshopInfo withNotes(String value) {
        return new WorkshopInfo(title, organization, sector, facilitator, startDate, endDate, language, participants, groups, value, branding);
    }

    public WorkshopInfo withBranding(Branding value) {
        return new WorkshopInfo(title, organization, sector, facilitator, startDate, endDate, language, participants, groups, notes, value);
    }
}
