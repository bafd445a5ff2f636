package com.motstudio.ui.monitor;

import com.motstudio.model.Workshop;
import javafx.scene.Parent;

/** One tab of the Monitor page: its content, brought up to date with the workshop when it is shown. */
interface MonitorSection {
    Parent root();

    void refresh(Workshop workshop);
}
