package com.motstudio.ui.setup;

import com.motstudio.testing.FakeDialogs;
import com.motstudio.testing.SingleColourPng;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.model.CustomerKind;
import com.motstudio.model.CustomerTier;
import com.motstudio.model.CustomerType;
import com.motstudio.model.EmotionScore;
import com.motstudio.model.Journey;
import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;
import com.motstudio.model.WorkshopInfo;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotInterface;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The Workshop page driven as a facilitator fills it in before a class. */
@ExtendWith(ApplicationExtension.class)
class SetupViewTest {
    private final FakeDialogs dialogs = new FakeDialogs();
    private WorkshopDocument document;

    @Start
    void start(javafx.stage.Stage stage) {
        document = new WorkshopDocument(Workshop.blank("en", "Citizens"), null);
        SetupView view = new SetupView(new SetupViewModel(document), new Texts(Language.ENGLISH), dialogs.dialogs(),
                com.motstudio.ui.common.TaskRunner.IMMEDIATE);
        stage.setScene(new Scene(view.root(), 900, 900));
        stage.show();
    }

    private WorkshopInfo info() {
        return document.current().info();
    }

    private <T extends Node> T node(FxRobot robot, String id, Class<T> type) {
        return robot.lookup("#" + id).queryAs(type);
    }

    private String text(FxRobot robot, String id) {
        return node(robot, id, TextInputControl.class).getText();
    }

    /** Shows the control (the page scrolls) and clicks it, as a user would. */
    private FxRobotInterface click(FxRobot robot, String id) {
        Node target = robot.lookup("#" + id).query();
        robot.interact(() -> scrollTo(target));
        return robot.clickOn(target);
    }

    private static void scrollTo(Node node) {
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) node.getScene().lookup("#setup-scroll");
        double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
        double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
        double viewport = scroll.getViewportBounds().getHeight();
        scroll.setVvalue(Math.clamp((y - viewport / 3) / Math.max(1, contentHeight - viewport), 0, 1));
        scroll.layout();
    }

    private void typeDate(FxRobot robot, String id, LocalDate date) {
        DatePicker picker = node(robot, id, DatePicker.class);
        click(robot, id);
        robot.interact(() -> picker.getEditor().selectAll());
        robot.write(picker.getConverter().toString(date)).type(KeyCode.ENTER);
    }

    @Test
    void aFacilitatorFillsInTheWorkshopAndUndoRevertsTheLastField(FxRobot robot) {
        click(robot, "setup-title").write("Counter service workshop").type(KeyCode.ENTER);
        click(robot, "setup-organization").write("City service centre").type(KeyCode.TAB);
        click(robot, "setup-sector").write("Bank branch").type(KeyCode.ENTER);
        click(robot, "setup-facilitator").write("Ms Wang").type(KeyCode.TAB);
        typeDate(robot, "setup-start-date", LocalDate.of(2026, 3, 14));
        typeDate(robot, "setup-end-date", LocalDate.of(2026, 3, 15));
        click(robot, "setup-add-customer-type").write("Window colleagues").type(KeyCode.TAB).write("Issue the licences").type(KeyCode.TAB);
        click(robot, "setup-add-tier").write("Key companies").type(KeyCode.TAB).write("20").type(KeyCode.TAB).write("80").type(KeyCode.TAB);

        assertThat(info().title()).isEqualTo("Counter service workshop");
        assertThat(info().organization()).isEqualTo("City service centre");
        assertThat(info().sector()).isEqualTo("bank");
        assertThat(info().facilitator()).isEqualTo("Ms Wang");
        assertThat(info().startDate()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(info().endDate()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(document.current().customerTypes()).extracting(CustomerType::kind, CustomerType::name, CustomerType::description)
                .containsExactly(tuple(CustomerKind.EXTERNAL, "Citizens", ""),
                        tuple(CustomerKind.INTERNAL, "Window colleagues", "Issue the licences"));
        assertThat(document.current().tiers()).containsExactly(
                new CustomerTier(document.current().tiers().getFirst().id(), "Key companies", 1, 20.0, 80.0, ""));

        robot.interact(document::undo);
        assertThat(document.current().tiers().getFirst().shareOfValue()).isNull();
        assertThat(text(robot, "setup-tier-value-0")).isEmpty();
        assertThat(text(robot, "setup-tier-customers-0")).isEqualTo("20");
        robot.interact(document::undo);
        robot.interact(document::undo);
        assertThat(text(robot, "setup-tier-name-0")).as("the tier's name as added").isEqualTo("Tier 1");
    }

    @Test
    void undoShowsTheEarlierTitleAndSectorInTheirFields(FxRobot robot) {
        click(robot, "setup-title").write("First").type(KeyCode.ENTER);
        click(robot, "setup-sector").write("Hotel").type(KeyCode.ENTER);
        assertThat(info().sector()).as("an offered sector is stored as its code").isEqualTo("hotel");
        click(robot, "setup-title").eraseText(5).write("Second").type(KeyCode.ENTER);
        robot.interact(document::undo);
        assertThat(text(robot, "setup-title")).isEqualTo("First");
        robot.interact(document::undo);
        assertThat(node(robot, "setup-sector", javafx.scene.control.ComboBox.class).getEditor().getText()).isEmpty();
        click(robot, "setup-sector").write("Insurance office").type(KeyCode.ENTER);
        assertThat(info().sector()).as("any other sector is stored as typed").isEqualTo("Insurance office");
        robot.interact(document::undo);
        assertThat(info().sector()).isEmpty();
        assertThat(document.canRedo()).isTrue();
    }

    @Test
    void anEndBeforeTheStartIsShownAsAnErrorAndNotStored(FxRobot robot) {
        typeDate(robot, "setup-start-date", LocalDate.of(2026, 3, 14));
        typeDate(robot, "setup-end-date", LocalDate.of(2026, 3, 1));
        assertThat(info().endDate()).isNull();
        Label problem = node(robot, "setup-dates-problem", Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("end date is before the start date");
        click(robot, "setup-start-date");
        robot.interact(() -> node(robot, "setup-start-date", DatePicker.class).getEditor().selectAll());
        robot.write("2026-02-28").type(KeyCode.ENTER);
        assertThat(info().startDate()).as("typed as an ISO date").isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(info().endDate()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(problem.isVisible()).isFalse();
    }

    @Test
    void aShareAbove100IsRefusedNextToTheFieldAndAValidOneKept(FxRobot robot) {
        click(robot, "setup-add-tier").write("Key companies").type(KeyCode.ENTER);
        click(robot, "setup-tier-customers-0").write("150").type(KeyCode.ENTER);
        Label problem = node(robot, "setup-tier-problem-0", Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("between 0 and 100");
        assertThat(text(robot, "setup-tier-customers-0")).as("kept for correcting").isEqualTo("150");
        assertThat(document.current().tiers().getFirst().shareOfCustomers()).isNull();

        robot.eraseText(3).write("20").type(KeyCode.ENTER);
        assertThat(document.current().tiers().getFirst().shareOfCustomers()).isEqualTo(20.0);
        assertThat(problem.isVisible()).isFalse();
    }

    @Test
    void theLastCustomerTypeStaysAndScoredTypesAreRemovedOnlyAfterConfirming(FxRobot robot) {
        click(robot, "setup-customer-type-remove-0");
        assertThat(document.current().customerTypes()).hasSize(1);
        assertThat(node(robot, "setup-customer-types-problem", Label.class).getText()).contains("at least one customer type");

        click(robot, "setup-add-customer-type").write("Window colleagues").type(KeyCode.ENTER);
        String colleagues = document.current().customerTypes().get(1).id();
        robot.interact(() -> document.apply("score", w -> w.withJourney(new Journey(List.of(new Stage("st-1", "Apply", "",
                List.of(new Touchpoint("tp-1", "Counter", "", null, null, null, null, "", "",
                        List.of(new EmotionScore(colleagues, -2)), List.of(), List.of(), ""))))))));
        dialogs.confirmAnswers.addAll(List.of(false, true));
        click(robot, "setup-customer-type-remove-1");
        assertThat(document.current().customerTypes()).hasSize(2);
        click(robot, "setup-customer-type-remove-1");
        assertThat(dialogs.confirmations).hasSize(2).allMatch(m -> m.contains("1 emotion score for \"Window colleagues\""));
        assertThat(document.current().customerTypes()).extracting(CustomerType::name).containsExactly("Citizens");
        assertThat(document.current().journey().touchpoints().getFirst().emotions()).isEmpty();
    }

    @Test
    void focusStaysInTheRowWhenAnEditRefreshesTheList(FxRobot robot) {
        click(robot, "setup-add-participant").write("Li Ming").type(KeyCode.TAB);
        assertThat(info().participants().getFirst().name()).isEqualTo("Li Ming");
        Scene scene = node(robot, "setup-title", TextField.class).getScene();
        assertThat(scene.getFocusOwner().getId()).isEqualTo("setup-participant-group-0");
        click(robot, "setup-customer-type-name-0").eraseText(8).write("Applicants").type(KeyCode.TAB);
        assertThat(document.current().customerTypes().getFirst().name()).isEqualTo("Applicants");
        assertThat(scene.getFocusOwner().getId()).isEqualTo("setup-customer-type-description-0");
    }

    @Test
    void aLogoIsCheckedStoredAndShown(FxRobot robot, @TempDir Path folder) throws IOException {
        Path text = Files.writeString(folder.resolve("logo.png"), "not an image");
        dialogs.image = text;
        click(robot, "setup-choose-logo");
        assertThat(dialogs.errors).singleElement().asString().contains("logo.png", "not a PNG or JPEG");
        assertThat(info().branding().hasLogo()).isFalse();

        Path png = folder.resolve("real.png");
        ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        dialogs.image = png;
        click(robot, "setup-choose-logo");
        assertThat(info().branding().logoMediaType()).isEqualTo("image/png");
        assertThat(node(robot, "setup-logo-thumbnail", ImageView.class).getImage()).isNotNull();
        click(robot, "setup-remove-logo");
        assertThat(info().branding().hasLogo()).isFalse();
        assertThat(node(robot, "setup-logo-thumbnail", ImageView.class).getImage()).isNull();
    }

    @Test
    void aLogoOfTooManyPixelsIsRefusedWithItsSize(FxRobot robot, @TempDir Path folder) throws IOException {
        Path huge = Files.write(folder.resolve("huge.png"), SingleColourPng.of(16_000, 16_000, 0xC82828));
        assertThat(Files.size(huge)).as("under the 2 MB limit").isLessThan(SetupViewModel.MAX_LOGO_BYTES);
        dialogs.image = huge;
        click(robot, "setup-choose-logo");
        assertThat(dialogs.errors).singleElement().asString().contains("huge.png", "16,000 × 16,000 pixels", "at most 40 million pixels");
        assertThat(info().branding().hasLogo()).isFalse();
    }

    @Test
    void aHugeLogoAlreadyInTheFileIsShownFromASubsampledDecode(FxRobot robot) {
        String base64 = java.util.Base64.getEncoder().encodeToString(SingleColourPng.of(16_000, 12_000, 0x2850C8));
        robot.interact(() -> document.apply("logo", w -> w.withInfo(w.info().withBranding(
                new com.motstudio.model.Branding("image/png", base64, "#336699")))));
        javafx.scene.image.Image shown = node(robot, "setup-logo-thumbnail", ImageView.class).getImage();
        assertThat(shown).isNotNull();
        assertThat(shown.getWidth()).isEqualTo(320);
        assertThat(shown.getHeight()).isEqualTo(240);
        assertThat(shown.getPixelReader().getArgb(160, 120)).isEqualTo(0xFF2850C8);
    }

    @Test
    void theFieldTabReachesIsScrolledIntoView(FxRobot robot) {
        Scene scene = node(robot, "setup-title", TextField.class).getScene();
        click(robot, "setup-notes");
        for (int i = 0; i < 20 && !"setup-accent-color".equals(scene.getFocusOwner().getId()); i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(scene.getFocusOwner().getId()).isEqualTo("setup-accent-color");
        assertThat(node(robot, "setup-scroll", javafx.scene.control.ScrollPane.class).getVvalue()).as("scrolled down").isPositive();
        assertVisible(scene.getFocusOwner());
        robot.type(KeyCode.TAB);
        assertThat(scene.getFocusOwner().getId()).as("Tab goes round to the top").isEqualTo("setup-title");
        assertVisible(scene.getFocusOwner());
    }

    private static void assertVisible(Node node) {
        javafx.geometry.Bounds onScreen = node.localToScene(node.getBoundsInLocal());
        assertThat(onScreen.getMinY()).isGreaterThanOrEqualTo(0);
        assertThat(onScreen.getMaxY()).isLessThanOrEqualTo(node.getScene().getHeight());
    }

    @Test
    void aMnemonicMovesTheFocusToItsField(FxRobot robot) {
        click(robot, "setup-notes");
        robot.press(KeyCode.ALT).type(KeyCode.O).release(KeyCode.ALT);
        TextField organization = node(robot, "setup-organization", TextField.class);
        assertThat(organization.isFocused()).isTrue();
    }
}
