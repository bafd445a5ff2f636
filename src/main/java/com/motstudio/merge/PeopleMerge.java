package com.motstudio.merge;

import com.motstudio.model.CustomerType;
import com.motstudio.model.Participant;
import com.motstudio.model.ParticipantGroup;
import com.motstudio.model.Workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Customer types, table groups and participants: matched by id, then by name (a participant by
 * name only within the same group, so two tables' "Li Wei" stay two people); what is not matched is
 * added. The file's own groups — its only group, every group it adds, and a group named after the
 * file for its new participants who have none — are the ones whose ratings and votes it settles.
 */
final class PeopleMerge {
    private PeopleMerge() {}

    static void run(FileMerge m) {
        customerTypes(m);
        groups(m);
        participants(m);
    }

    private static void customerTypes(FileMerge m) {
        for (CustomerType type : m.group().customerTypes()) {
            List<CustomerType> known = m.workshop().customerTypes();
            Optional<CustomerType> match = FileMerge.byIdThenName(known, CustomerType::id, CustomerType::name, type.id(), type.name());
            if (match.isPresent()) {
                m.map("customerType", type.id(), match.get().id());
                continue;
            }
            String id = FileMerge.freeId(type.id(), known.stream().map(CustomerType::id).toList(), "ct");
            List<CustomerType> next = new ArrayList<>(known);
            next.add(new CustomerType(id, type.kind(), type.name(), type.description()));
            m.set(m.workshop().withCustomerTypes(next));
            m.map("customerType", type.id(), id);
            m.added("customerType", type.name());
        }
    }

    private static void groups(FileMerge m) {
        List<ParticipantGroup> theirs = m.group().info().groups();
        for (ParticipantGroup group : theirs) {
            String id = groupFor(m, group.id(), group.name());
            if (theirs.size() == 1) {
                m.own(id);
            }
        }
    }

    /** The merged id of a group matched by id or name, or of one added (an added group is the file's own). */
    private static String groupFor(FileMerge m, String fileId, String name) {
        List<ParticipantGroup> known = m.workshop().info().groups();
        Optional<ParticipantGroup> match = FileMerge.byIdThenName(known, ParticipantGroup::id, ParticipantGroup::name, fileId, name);
        String id = match.map(ParticipantGroup::id)
                .orElseGet(() -> FileMerge.freeId(fileId, known.stream().map(ParticipantGroup::id).toList(), "gr"));
        if (match.isEmpty()) {
            List<ParticipantGroup> next = new ArrayList<>(known);
            next.add(new ParticipantGroup(id, name));
            m.set(info(m.workshop(), m.workshop().info().participants(), next));
            m.added("group", name);
            m.own(id);
        }
        m.map("group", fileId, id);
        return id;
    }

    private static void participants(FileMerge m) {
        for (Participant person : m.group().info().participants()) {
            List<Participant> known = m.workshop().info().participants();
            Optional<Participant> byId = known.stream().filter(p -> p.id().equals(person.id())).findFirst();
            if (byId.isPresent()) {
                if (!person.name().strip().equals(byId.get().name().strip())) {
                    m.conflict("participantName", MergeFinding.Settled.FACILITATOR_KEPT, byId.get().name(), person.name());
                }
                m.map("participant", person.id(), byId.get().id());
                ownIfInOwnGroup(m, byId.get());
                continue;
            }
            String group = person.groupId().isEmpty() ? fileGroup(m) : m.mapped("group", person.groupId()).orElse("");
            Optional<Participant> byName = known.stream()
                    .filter(p -> p.groupId().equals(group) && FileMerge.sameName(p.name(), person.name())).findFirst();
            if (byName.isPresent()) {
                m.map("participant", person.id(), byName.get().id());
                ownIfInOwnGroup(m, byName.get());
                continue;
            }
            String id = FileMerge.freeId(person.id(), known.stream().map(Participant::id).toList(), "pa");
            List<Participant> next = new ArrayList<>(known);
            Participant added = new Participant(id, person.name(), group, person.role());
            next.add(added);
            m.set(info(m.workshop(), next, m.workshop().info().groups()));
            m.map("participant", person.id(), id);
            m.added("participant", person.name(), groupName(m.workshop(), group));
            ownIfInOwnGroup(m, added);
        }
    }

    private static void ownIfInOwnGroup(FileMerge m, Participant person) {
        if (m.isOwn(person.groupId())) {
            m.own(person.id());
        }
    }

    /** The group of the file's new participants who have none: its only group, else a group named after the file. */
    private static String fileGroup(FileMerge m) {
        List<ParticipantGroup> theirs = m.group().info().groups();
        if (theirs.size() == 1) {
            return m.mapped("group", theirs.getFirst().id()).orElseThrow();
        }
        String name = m.fileName().replaceFirst("(?i)\\.mot\\.json$", "").replaceFirst("(?i)\\.json$", "");
        String id = groupFor(m, "", name);
        m.own(id);
        return id;
    }

    static String groupName(Workshop w, String groupId) {
        return w.info().groups().stream().filter(g -> g.id().equals(groupId)).map(ParticipantGroup::name).findFirst().orElse("");
    }

    private static Workshop info(Workshop w, List<Participant> participants, List<ParticipantGroup> groups) {
        return w.withInfo(w.info().withParticipants(participants).withGroups(groups));
    }
}
