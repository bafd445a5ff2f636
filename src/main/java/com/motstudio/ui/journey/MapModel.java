package com.motstudio.ui.journey;

import com.motstudio.report.map.JourneyMap;
import com.motstudio.report.map.MapLayout;
import com.motstudio.report.map.MapOptions;
import com.motstudio.text.Texts;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.ArrayList;
import java.util.List;

/**
 * The journey map the Map tab shows: laid out again (only the stages that changed) whenever the
 * workshop or the shown customer types change, and the touchpoint to highlight.
 */
final class MapModel {
    private final JourneyViewModel vm;
    private final Texts texts;
    private final MapLayout layout = new MapLayout();
    private final ReadOnlyObjectWrapper<JourneyMap> map = new ReadOnlyObjectWrapper<>();

    MapModel(JourneyViewModel vm, Texts texts) {
        this.vm = vm;
        this.texts = texts;
        vm.workshopProperty().subscribe(this::relayout);
        vm.shownTypeIdProperty().subscribe(this::relayout);
        vm.compareTypeIdProperty().subscribe(this::relayout);
        relayout();
    }

    ReadOnlyObjectProperty<JourneyMap> mapProperty() {
        return map.getReadOnlyProperty();
    }

    JourneyMap map() {
        return map.get();
    }

    String selectedId() {
        return vm.selectedTouchpointIdProperty().get();
    }

    JourneyViewModel viewModel() {
        return vm;
    }

    private void relayout() {
        if (vm.workshopProperty().get() == null) {
            return;
        }
        List<String> types = new ArrayList<>();
        if (vm.shownTypeIdProperty().get() != null) {
            types.add(vm.shownTypeIdProperty().get());
        }
        String compare = vm.compareTypeIdProperty().get();
        if (compare != null && !types.contains(compare)) {
            types.add(compare);
        }
        map.set(layout.layout(vm.workshopProperty().get(), MapOptions.of(texts, types)));
    }
}
