package com.motstudio.model;

import java.util.List;

/** A whole MOT workshop: setup, journey and the data of the four steps. Immutable; edits make new values. */
public record Workshop(
        WorkshopInfo info,
        List<CustomerType> customerTypes,
        List<CustomerTier> tiers,
        Journey journey,
        KeyMoments keyMoments,
        Plan plan,
        Monitoring monitoring) {
    public Workshop {
        info = Values.or(info, WorkshopInfo.empty());
        customerTypes = Values.list(customerTypes);
        tiers = Values.list(tiers);
        journey = Values.or(journey, Journey.empty());
        keyMoments = Values.or(keyMoments, KeyMoments.empty());
        plan = Values.or(plan, Plan.empty());
        monitoring = Values.or(monitoring, Monitoring.empty());
    }

    /** A blank workshop with one external customer type, ready to be set up. */
    public static Workshop blank(String language, String externalCustomerName) {
        CustomerType customer = new CustomerType(Ids.next("ct"), CustomerKind.EXTERNAL, externalCustomerName, "");
        return new Workshop(WorkshopInfo.empty().withLanguage(language), List.of(customer), List.of(),
                Journey.empty(), KeyMoments.empty(), Plan.empty(), Monitoring.empty());
    }

    public Workshop withInfo(WorkshopInfo value) {
        return new Workshop(value, customerTypes, tiers, journey, keyMoments, plan, monitoring);
    }

    public Workshop withCustomerTypes(List<CustomerType> value) {
        return new Workshop(info, value, tiers, journey, keyMoments, plan, monitoring);
    }

    public Workshop withTiers(List<CustomerTier> value) {
        return new Workshop(info, customerTypes, value, journey, keyMoments, plan, monitoring);
    }

    public Workshop withJourney(Journey value) {
        return new Workshop(info, customerTypes, tiers, value, keyMoments, plan, monitoring);
    }

    public Workshop withKeyMoments(KeyMoments value) {
        return new Workshop(info, customerTypes, tiers, journey, value, plan, monitoring);
    }

    public Workshop withPlan(Plan value) {
        return new Workshop(info, customerTypes, tiers, journey, keyMoments, value, monitoring);
    }

    public Workshop withMonitoring(Monitoring value) {
        return new Workshop(info, customerTypes, tiers, journey, keyMoments, plan, value);
    }
}
