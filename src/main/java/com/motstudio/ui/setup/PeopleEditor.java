package com.motstudio.ui.setup;

import com.motstudio.ui.common.FieldCommit;
import atlantafx.base.theme.Styles;
import com.motstudio.model.Participant;
import com.motstudio.model.ParticipantGroup;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.Dialogs;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;

/** Edits the table groups and the participants (name, group, role) who rate and vote in step 2. */
final class PeopleEditor {
    private final PeopleModel model;
    private final Texts texts;
    private final Dialogs dialogs;
    private final RowList<ParticipantGroup> groups;
    private final RowList<Participant> participants;
    private final VBox root;

    PeopleEditor(PeopleModel model, Texts texts, Dialogs dialogs) {
        this.model = model;
        this.texts = texts;
        this.dialogs = dialogs;
        groups = new RowList<>("setup-group", model.groups(), GroupRow::new,
                new RowList.Actions<>(ParticipantGroup::id, ParticipantGroup::name, null, this::removeGroup),
                texts, texts.get("setup.groups.empty"));
        participants = new RowList<>("setup-participant", model.participants(), ParticipantRow::new,
                new RowList.Actions<>(Participant::id, Participant::name, null, this::removeParticipant),
                texts, texts.get("setup.participants.empty"));
        // A participant row shows its group by name, so renaming or removing a group shows there too.
        model.groups().subscribe(participants::reshow);
        Button addGroup = addButton("setup-add-group", "setup.groups.add", Feather.PLUS);
        addGroup.setOnAction(e -> groups.focus(model.addGroup(texts.format("setup.groups.newName", model.groups().size() + 1))));
        Button addParticipant = addButton("setup-add-participant", "setup.participants.add", Feather.USER_PLUS);
        addParticipant.setOnAction(e -> participants.focus(model.addParticipant(
                texts.format("setup.participants.newName", model.participants().size() + 1), lastGroup())));
        root = new VBox(10, subheading("setup.groups.heading"), groups.root(), addGroup,
                subheading("setup.participants.heading"), participants.root(), addParticipant);
    }

    Parent root() {
        return root;
    }

    /** New participants join the group of the one added before them: people are usually entered table by table. */
    private String lastGroup() {
        return model.participants().isEmpty() ? "" : model.participants().getLast().groupId();
    }

    private void removeGroup(String id) {
        String name = model.groups().stream().filter(g -> g.id().equals(id)).map(ParticipantGroup::name).findFirst().orElse("");
        model.removeGroup(id, given -> dialogs.confirm(texts.get("setup.groups.removeTitle"),
                texts.format("setup.people.removeContributions", name, given)));
    }

    private void removeParticipant(String id) {
        String name = model.participants().stream().filter(p -> p.id().equals(id)).map(Participant::name).findFirst().orElse("");
        model.removeParticipant(id, given -> dialogs.confirm(texts.get("setup.participants.removeTitle"),
                texts.format("setup.people.removeContributions", name, given)));
    }

    private Button addButton(String id, String key, Feather icon) {
        Button button = new Button(texts.get(key), new FontIcon(icon));
        button.setId(id);
        button.setMnemonicParsing(true);
        return button;
    }

    private Label subheading(String key) {
        Label label = new Label(texts.get(key));
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    /** One group: its name. */
    private final class GroupRow implements RowList.Row<ParticipantGroup> {
        private final TextField name = new TextField();
        private ParticipantGroup shown;

        GroupRow() {
            name.setPromptText(texts.get("setup.groups.namePrompt"));
            // Group names are short; a narrower field keeps its remove button close by.
            name.setPrefColumnCount(16);
            name.setMaxWidth(Region.USE_PREF_SIZE);
            FieldCommit.on(name, () -> shown.name(), text -> model.renameGroup(shown.id(), text));
        }

        @Override
        public Node content() {
            return name;
        }

        @Override
        public void show(ParticipantGroup group, int index) {
            shown = group;
            name.setText(group.name());
            name.setId("setup-group-name-" + index);
            name.setAccessibleText(texts.format("setup.groups.nameOf", index + 1));
        }

        @Override
        public void focus() {
            name.requestFocus();
            name.selectAll();
        }
    }

    /** One participant: name, group and role on one line. */
    private final class ParticipantRow implements RowList.Row<Participant> {
        private final ParticipantGroup noGroup = new ParticipantGroup("", texts.get("setup.participants.noGroup"));
        private final TextField name = new TextField();
        private final ComboBox<ParticipantGroup> group = new ComboBox<>();
        private final TextField role = new TextField();
        private final HBox content;
        private Participant shown;

        ParticipantRow() {
            name.setPromptText(texts.get("setup.participants.namePrompt"));
            role.setPromptText(texts.get("setup.participants.rolePrompt"));
            name.setPrefColumnCount(8);
            role.setPrefColumnCount(8);
            group.setConverter(new StringConverter<>() {
                @Override
                public String toString(ParticipantGroup g) {
                    return g == null ? "" : g.name();
                }

                @Override
                public ParticipantGroup fromString(String text) {
                    return null;
                }
            });
            group.setButtonCell(new ChoiceCell<>(group.getItems(), ParticipantGroup::name));
            group.setMinWidth(Region.USE_PREF_SIZE);
            FieldCommit.on(name, () -> shown.name(), text -> model.setParticipantName(shown.id(), text));
            FieldCommit.on(role, () -> shown.role(), text -> model.setParticipantRole(shown.id(), text));
            group.valueProperty().addListener((o, before, g) -> {
                if (g != null) {
                    model.setParticipantGroup(shown.id(), g.id());
                }
            });
            HBox.setHgrow(name, Priority.ALWAYS);
            HBox.setHgrow(role, Priority.ALWAYS);
            content = new HBox(8, name, group, role);
            content.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        public Node content() {
            return content;
        }

        @Override
        public void show(Participant participant, int index) {
            shown = participant;
            List<ParticipantGroup> choices = new ArrayList<>(List.of(noGroup));
            choices.addAll(model.groups());
            if (!group.getItems().equals(choices)) {
                group.getItems().setAll(choices);
            }
            group.setValue(choices.stream().filter(g -> g.id().equals(participant.groupId())).findFirst().orElse(noGroup));
            name.setText(participant.name());
            role.setText(participant.role());
            name.setId("setup-participant-name-" + index);
            group.setId("setup-participant-group-" + index);
            role.setId("setup-participant-role-" + index);
            name.setAccessibleText(texts.format("setup.participants.nameOf", index + 1));
            group.setAccessibleText(texts.format("setup.participants.groupOf", index + 1));
            role.setAccessibleText(texts.format("setup.participants.roleOf", index + 1));
        }

        @Override
        public void focus() {
            name.requestFocus();
            name.selectAll();
        }
    }
}
