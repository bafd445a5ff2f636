package com.motstudio.ui.setup;

import com.motstudio.model.Participant;
import com.motstudio.model.ParticipantGroup;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.EditableTable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

import java.util.ArrayList;
import java.util.List;

/** The table groups and the participants who rate and vote. */
final class PeopleEditor {
    private final HBox root;

    PeopleEditor(SetupViewModel vm, Texts texts) {
        SetupLists lists = vm.lists();
        EditableTable<ParticipantGroup> groups = new EditableTable<>("setup-groups", vm.groups(), lists::updateGroup,
                texts.get("setup.groups.empty"));
        groups.textColumn(texts.get("setup.groups.name"), 160, ParticipantGroup::name, (g, name) -> new ParticipantGroup(g.id(), name));
        groups.button("setup-add-group", texts.get("common.add"), Feather.PLUS, false,
                () -> lists.addGroup(texts.format("setup.groups.newName", vm.groups().size() + 1)));
        groups.button("setup-remove-group", texts.get("common.remove"), Feather.TRASH_2, true,
                () -> lists.removeGroup(groups.selected().id()));

        EditableTable<Participant> people = new EditableTable<>("setup-participants", vm.participants(), lists::updateParticipant,
                texts.get("setup.participants.empty"));
        people.textColumn(texts.get("setup.participants.name"), 140, Participant::name,
                (p, name) -> new Participant(p.id(), name, p.groupId(), p.role()));
        ObservableList<String> groupIds = FXCollections.observableArrayList();
        Runnable syncGroups = () -> {
            List<String> ids = new ArrayList<>(List.of(""));
            vm.groups().forEach(g -> ids.add(g.id()));
            groupIds.setAll(ids);
        };
        syncGroups.run();
        vm.groups().subscribe(syncGroups);
        StringConverter<String> groupName = new StringConverter<>() {
            @Override
            public String toString(String id) {
                return vm.groups().stream().filter(g -> g.id().equals(id)).map(ParticipantGroup::name).findFirst()
                        .orElse(texts.get("setup.participants.noGroup"));
            }

            @Override
            public String fromString(String text) {
                return "";
            }
        };
        people.choiceColumn(texts.get("setup.participants.group"), 130, groupIds, groupName, Participant::groupId,
                (p, group) -> new Participant(p.id(), p.name(), group, p.role()));
        vm.groups().subscribe(people.table()::refresh);
        people.textColumn(texts.get("setup.participants.role"), 140, Participant::role,
                (p, role) -> new Participant(p.id(), p.name(), p.groupId(), role));
        people.button("setup-add-participant", texts.get("common.add"), Feather.USER_PLUS, false,
                () -> lists.addParticipant(texts.format("setup.participants.newName", vm.participants().size() + 1)));
        people.button("setup-remove-participant", texts.get("common.remove"), Feather.TRASH_2, true,
                () -> lists.removeParticipant(people.selected().id()));

        HBox.setHgrow(groups.root(), Priority.SOMETIMES);
        HBox.setHgrow(people.root(), Priority.ALWAYS);
        groups.root().setStyle("-fx-pref-width: 220;");
        root = new HBox(16, groups.root(), people.root());
    }

    Parent root() {
        return root;
    }
}
