package com.motstudio.ui.setup;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.model.CustomerKind;
import com.motstudio.model.CustomerTier;
import com.motstudio.model.CustomerType;
import com.motstudio.model.DotVote;
import com.motstudio.model.EmotionScore;
import com.motstudio.model.Journey;
import com.motstudio.model.KeyMoments;
import com.motstudio.model.Participant;
import com.motstudio.model.ReferenceCheck;
import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Trait;
import com.motstudio.model.TraitRating;
import com.motstudio.model.Workshop;
import com.motstudio.model.WorkshopInfo;
import com.motstudio.testing.SingleColourPng;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The setup page's view model against a real document, without the FX thread. */
class SetupViewModelTest {
    private final WorkshopDocument document = new WorkshopDocument(Workshop.blank("zh-CN", "办事群众"), null);
    private final SetupViewModel vm = new SetupViewModel(document);

    private WorkshopInfo info() {
        return document.current().info();
    }

    /** Runs an edit and returns how many undo steps it recorded: the document announces each one. */
    private int stepsOf(Runnable edit) {
        AtomicInteger changes = new AtomicInteger();
        Runnable count = changes::incrementAndGet;
        document.addListener(count);
        edit.run();
        document.removeListener(count);
        return changes.get();
    }

    @Test
    void eachMetadataFieldIsOneUndoStepWithTheValueTrimmed() {
        assertThat(stepsOf(() -> vm.commitTitle("  窗口服务提升工作坊 "))).isEqualTo(1);
        assertThat(stepsOf(() -> vm.commitOrganization("市政务服务中心"))).isEqualTo(1);
        assertThat(stepsOf(() -> vm.commitSector("government"))).isEqualTo(1);
        assertThat(stepsOf(() -> vm.commitFacilitator("王老师"))).isEqualTo(1);
        assertThat(stepsOf(() -> vm.commitLanguage("zh-TW"))).isEqualTo(1);
        assertThat(stepsOf(() -> vm.commitNotes("第一天上午：旅程图\n下午：关键时刻\n"))).isEqualTo(1);
        assertThat(stepsOf(() -> vm.commitAccentColor("#c0392b"))).isEqualTo(1);

        assertThat(info().title()).isEqualTo("窗口服务提升工作坊");
        assertThat(info().organization()).isEqualTo("市政务服务中心");
        assertThat(info().sector()).isEqualTo("government");
        assertThat(info().facilitator()).isEqualTo("王老师");
        assertThat(info().language()).isEqualTo("zh-TW");
        assertThat(info().notes()).isEqualTo("第一天上午：旅程图\n下午：关键时刻");
        assertThat(info().branding().accentColor()).isEqualTo("#C0392B");
        assertThat(vm.titleProperty().get()).isEqualTo("窗口服务提升工作坊");
        assertThat(document.undoLabel()).contains("setup.change.accent");
    }

    @Test
    void anEditThatChangesNothingRecordsNothing() {
        vm.commitTitle("Counter audit");
        assertThat(stepsOf(() -> {
            vm.commitTitle("Counter audit ");
            vm.commitOrganization("");
            vm.commitLanguage("zh-CN");
            vm.commitLanguage("fr");
            vm.commitAccentColor("red");
            vm.commitAccentColor("#1f6feb");
            vm.startDateProperty().set(null);
            vm.customerTypes().setName(document.current().customerTypes().getFirst().id(), "办事群众");
        })).isZero();
        assertThat(document.undoLabel()).contains("setup.change.title");
        document.undo();
        assertThat(document.canUndo()).isFalse();
    }

    @Test
    void undoAndRedoShowTheDocumentsValues() {
        vm.commitTitle("First");
        vm.commitTitle("Second");
        vm.startDateProperty().set(LocalDate.of(2026, 3, 2));
        document.undo();
        assertThat(vm.startDateProperty().get()).isNull();
        document.undo();
        assertThat(vm.titleProperty().get()).isEqualTo("First");
        document.redo();
        assertThat(vm.titleProperty().get()).isEqualTo("Second");
        assertThat(document.canRedo()).as("showing the redone value records nothing new").isTrue();
    }

    @Test
    void anEndBeforeTheStartIsReportedAndNotStored() {
        vm.startDateProperty().set(LocalDate.of(2026, 3, 2));
        vm.endDateProperty().set(LocalDate.of(2026, 3, 3));
        assertThat(document.undoLabel()).contains("setup.change.endDate");

        assertThat(stepsOf(() -> vm.endDateProperty().set(LocalDate.of(2026, 3, 1)))).isZero();

        assertThat(vm.datesProblemProperty().get()).isEqualTo("setup.dates.endBeforeStart");
        assertThat(info().endDate()).isEqualTo(LocalDate.of(2026, 3, 3));

        vm.startDateProperty().set(LocalDate.of(2026, 2, 27));
        assertThat(vm.datesProblemProperty().get()).isEmpty();
        assertThat(info().startDate()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(info().endDate()).as("the end the user picked is kept once it fits").isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void sharesOutside0To100OrNotNumbersAreRefused() {
        String id = vm.tiers().add("重点客户");
        assertThat(vm.tiers().setShareOfCustomers(id, "２０％")).isEmpty();
        assertThat(vm.tiers().setShareOfValue(id, "80")).isEmpty();

        assertThat(stepsOf(() -> {
            assertThat(vm.tiers().setShareOfCustomers(id, "120")).contains("setup.tiers.outOfRange");
            assertThat(vm.tiers().setShareOfValue(id, "-1")).contains("setup.tiers.outOfRange");
            assertThat(vm.tiers().setShareOfValue(id, "八十")).contains("setup.tiers.notNumber");
        })).isZero();

        CustomerTier tier = document.current().tiers().getFirst();
        assertThat(tier.shareOfCustomers()).isEqualTo(20.0);
        assertThat(tier.shareOfValue()).isEqualTo(80.0);
        assertThat(vm.tiers().setShareOfValue(id, "")).isEmpty();
        assertThat(document.current().tiers().getFirst().shareOfValue()).isNull();
    }

    @Test
    void tiersAreRankedByTheirOrder() {
        String a = vm.tiers().add("A");
        String b = vm.tiers().add("B");
        vm.tiers().add("C");
        vm.tiers().move(b, -1);
        assertThat(document.current().tiers()).extracting(CustomerTier::name, CustomerTier::rank)
                .containsExactly(tuple("B", 1), tuple("A", 2),
                        tuple("C", 3));
        vm.tiers().remove(a);
        assertThat(document.current().tiers()).extracting(CustomerTier::rank).containsExactly(1, 2);
        assertThat(vm.tiers().items()).extracting(CustomerTier::name).containsExactly("B", "C");
    }

    @Test
    void removingACustomerTypeRemovesItsEmotionScoresInOneStepAfterConfirming() {
        String staff = vm.customerTypes().add(CustomerKind.INTERNAL, "窗口同事");
        String citizen = document.current().customerTypes().getFirst().id();
        document.apply("test", w -> w.withJourney(journeyScoring(citizen, staff)));
        AtomicInteger asked = new AtomicInteger();

        assertThat(stepsOf(() -> assertThat(vm.customerTypes().remove(staff, n -> { asked.set(n); return false; }))
                .isEqualTo(CustomerTypesModel.Removal.KEPT))).isZero();
        assertThat(asked.get()).as("scores the user is told about").isEqualTo(2);

        assertThat(stepsOf(() -> assertThat(vm.customerTypes().remove(staff, n -> true))
                .isEqualTo(CustomerTypesModel.Removal.REMOVED))).isEqualTo(1);
        assertThat(document.current().customerTypes()).extracting(CustomerType::id).containsExactly(citizen);
        assertThat(document.current().journey().touchpoints()).flatExtracting(Touchpoint::emotions)
                .extracting(EmotionScore::customerTypeId).containsExactly(citizen);
        assertThat(ReferenceCheck.of(document.current())).isEmpty();

        document.undo();
        assertThat(document.current().journey().touchpoints().getFirst().emotionOf(staff)).contains(-3);
        assertThat(vm.customerTypes().items()).hasSize(2);
    }

    @Test
    void theLastCustomerTypeCannotBeRemoved() {
        String only = document.current().customerTypes().getFirst().id();
        assertThat(vm.customerTypes().remove(only, n -> true)).isEqualTo(CustomerTypesModel.Removal.LAST_ONE);
        assertThat(vm.customerTypes().problemProperty().get()).isEqualTo("setup.customerTypes.lastOne");
        assertThat(document.current().customerTypes()).hasSize(1);
        assertThat(document.canUndo()).isFalse();
    }

    @Test
    void customerTypesAreEditedAndReorderedOneStepEach() {
        String partner = vm.customerTypes().add(CustomerKind.PARTNER_DEPARTMENT, "审批科室");
        assertThat(stepsOf(() -> vm.customerTypes().setDescription(partner, "后台审批，决定办结时限"))).isEqualTo(1);
        assertThat(stepsOf(() -> vm.customerTypes().setKind(partner, CustomerKind.INTERNAL))).isEqualTo(1);
        assertThat(stepsOf(() -> vm.customerTypes().move(partner, -1))).isEqualTo(1);
        assertThat(stepsOf(() -> vm.customerTypes().move(partner, -1))).as("already first").isZero();
        assertThat(vm.customerTypes().items().getFirst())
                .isEqualTo(new CustomerType(partner, CustomerKind.INTERNAL, "审批科室", "后台审批，决定办结时限"));
    }

    @Test
    void removingPeopleRemovesTheirRatingsAndVotesSoNoReferenceDangles() {
        String group = vm.people().addGroup("第一组");
        String li = vm.people().addParticipant("李明", group);
        vm.people().setParticipantRole(li, "窗口人员");
        String tp = "tp-1";
        document.apply("test", w -> w.withJourney(new Journey(List.of(new Stage("st-1", "取号", "",
                List.of(Touchpoint.named(tp, "取号机"))))))
                .withKeyMoments(withInput(w.keyMoments(), group, li, tp)));

        assertThat(vm.people().removeGroup(group, n -> n == 1)).isTrue();
        assertThat(info().participants()).containsExactly(new Participant(li, "李明", "", "窗口人员"));
        assertThat(vm.people().removeParticipant(li, n -> false)).isFalse();
        assertThat(vm.people().removeParticipant(li, n -> n == 2)).isTrue();
        assertThat(document.current().keyMoments().ratings()).isEmpty();
        assertThat(document.current().keyMoments().votes()).isEmpty();
        assertThat(ReferenceCheck.of(document.current())).isEmpty();
        document.undo();
        assertThat(vm.people().participants()).extracting(Participant::name).containsExactly("李明");
    }

    @Test
    void logosMustBePngOrJpegOfAtMost2MbAnd40MillionPixels() throws Exception {
        byte[] truncated = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertThat(vm.commitLogo("GIF89a".getBytes())).map(LogoRefusal::key).contains("setup.logo.notImage");
        assertThat(vm.commitLogo(truncated)).as("no size in its header").map(LogoRefusal::key).contains("setup.logo.notImage");
        byte[] huge = new byte[(int) SetupViewModel.MAX_LOGO_BYTES + 1];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;
        assertThat(stepsOf(() -> assertThat(vm.commitLogo(huge)).map(LogoRefusal::key).contains("setup.logo.tooLarge"))).isZero();
        assertThat(vm.commitLogo(SingleColourPng.of(8_000, 5_001, 0x000000)))
                .contains(new LogoRefusal("setup.logo.tooManyPixels", 8_000, 5_001, 40L));
        assertThat(document.canUndo()).isFalse();

        byte[] png = SingleColourPng.of(8_000, 5_000, 0x000000);
        assertThat(vm.commitLogo(png)).isEmpty();
        assertThat(info().branding().logoMediaType()).isEqualTo("image/png");
        assertThat(vm.logoProperty().get()).isEqualTo(java.util.Base64.getEncoder().encodeToString(png));
        vm.removeLogo();
        assertThat(info().branding().hasLogo()).isFalse();
        assertThat(document.undoLabel()).contains("setup.change.removeLogo");
    }

    private static Journey journeyScoring(String citizen, String staff) {
        Touchpoint queue = new Touchpoint("tp-queue", "取号排队", "", null, null, null, null, "", "",
                List.of(new EmotionScore(citizen, -2), new EmotionScore(staff, -3)), List.of(), List.of(), "");
        Touchpoint counter = new Touchpoint("tp-counter", "窗口受理", "", null, null, null, null, "", "",
                List.of(new EmotionScore(staff, 1)), List.of(), List.of(), "");
        Touchpoint exit = Touchpoint.named("tp-exit", "离开大厅");
        return new Journey(List.of(new Stage("st-1", "办理", "", List.of(queue, counter, exit))));
    }

    private static KeyMoments withInput(KeyMoments k, String group, String participant, String tp) {
        return new KeyMoments(k.traitWeights(),
                List.of(new TraitRating(group, tp, Trait.SPREAD, 4), new TraitRating(participant, tp, Trait.FREQUENCY, 5)),
                k.votesPerParticipant(), List.of(new DotVote(participant, tp, 2)),
                k.servqual(), k.kano(), k.ratingSurveys(), k.ipa(), k.moments());
    }
}
