package com.motstudio.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceCheckTest {
    private static final CustomerType CITIZEN = new CustomerType("ct-1", CustomerKind.EXTERNAL, "办事群众", "");

    private static Workshop withTouchpoint(Touchpoint touchpoint) {
        Stage stage = new Stage("st-1", "取号", "", List.of(touchpoint));
        return Workshop.blank("zh-CN", "x").withCustomerTypes(List.of(CITIZEN))
                .withJourney(new Journey(List.of(stage)));
    }

    @Test
    void aConsistentWorkshopHasNoProblems() {
        Touchpoint tp = new Touchpoint("tp-1", "取号机", "", Channel.PHYSICAL, JourneyPhase.FRONT,
                MomentCategory.DAILY_USE, Set.of(TouchpointRole.FIRST), "", "", List.of(new EmotionScore("ct-1", -2)),
                List.of(), List.of(), "");
        Workshop w = withTouchpoint(tp).withKeyMoments(KeyMoments.empty().withMoments(List.of(
                new MomentOfTruth("mot-1", "tp-1", "首触点", LocalDate.of(2026, 3, 1), "", "", "", "", "", ""))));
        assertThat(ReferenceCheck.of(w)).isEmpty();
    }

    @Test
    void anEmotionForAnUnknownCustomerTypeIsNamedWithItsPath() {
        Touchpoint tp = Touchpoint.named("tp-1", "取号机");
        tp = new Touchpoint(tp.id(), tp.name(), "", null, null, null, Set.of(), "", "",
                List.of(new EmotionScore("ct-gone", 3)), List.of(), List.of(), "");
        List<ReferenceProblem> problems = ReferenceCheck.of(withTouchpoint(tp));
        assertThat(problems).containsExactly(new ReferenceProblem(ReferenceProblem.Kind.DANGLING,
                "journey.stages[0].touchpoints[0].emotions[0].customerTypeId", "ct-gone", "customerType"));
    }

    @Test
    void aMomentOnAMissingTouchpointAndADuplicateIdAreBothReported() {
        Workshop w = withTouchpoint(Touchpoint.named("tp-1", "取号机")).withKeyMoments(KeyMoments.empty().withMoments(List.of(
                new MomentOfTruth("mot-1", "tp-9", "", null, "", "", "", "", "", ""),
                new MomentOfTruth("mot-1", "tp-1", "", null, "", "", "", "", "", ""))));
        assertThat(ReferenceCheck.of(w)).extracting(ReferenceProblem::kind, ReferenceProblem::path, ReferenceProblem::id)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ReferenceProblem.Kind.DUPLICATE_ID, "keyMoments.moments", "mot-1"),
                        org.assertj.core.groups.Tuple.tuple(ReferenceProblem.Kind.DANGLING, "keyMoments.moments[0].touchpointId", "tp-9"));
    }

    @Test
    void auditResultsMustNameAChecklistItemOfAStandard() {
        Workshop w = withTouchpoint(Touchpoint.named("tp-1", "窗口受理"));
        w = w.withMonitoring(new Monitoring(List.of(), List.of(new Audit("au-1", LocalDate.of(2026, 4, 2), "李", "大厅", "3号窗",
                List.of(new AuditResult("ci-x", AuditOutcome.PASS, "")))), List.of(), 5, List.of()));
        assertThat(ReferenceCheck.of(w)).extracting(ReferenceProblem::path)
                .containsExactly("monitoring.audits[0].results[0].itemId");
    }
}
