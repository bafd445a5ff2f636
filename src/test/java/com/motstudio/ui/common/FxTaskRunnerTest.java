package com.motstudio.ui.common;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The app's task runner: failures of any kind reach the error handler, and file work never queues behind a render. */
class FxTaskRunnerTest {
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();

    @Test
    void anOutOfMemoryErrorReachesTheErrorHandlerAndTheLaneKeepsWorking() throws Exception {
        try (FxTaskRunner runner = new FxTaskRunner(Runnable::run)) {
            CountDownLatch failed = new CountDownLatch(1);
            runner.renders().run(() -> {
                throw new OutOfMemoryError("Java heap space");
            }, done -> { }, e -> {
                errors.add(e);
                failed.countDown();
            });
            assertThat(failed.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(errors).singleElement().isInstanceOf(OutOfMemoryError.class);

            CountDownLatch next = new CountDownLatch(1);
            runner.renders().run(() -> "drawn", done -> next.countDown(), errors::add);
            assertThat(next.await(30, TimeUnit.SECONDS)).as("the render thread survived").isTrue();
        }
    }

    @Test
    void fileWorkRunsWhileARenderIsBlocked() throws Exception {
        try (FxTaskRunner runner = new FxTaskRunner(Runnable::run)) {
            CountDownLatch renderMayEnd = new CountDownLatch(1);
            CountDownLatch renderEnded = new CountDownLatch(1);
            runner.renders().run(() -> renderMayEnd.await(60, TimeUnit.SECONDS), done -> renderEnded.countDown(), errors::add);
            CountDownLatch saved = new CountDownLatch(1);
            runner.run(() -> "saved", done -> saved.countDown(), errors::add);
            assertThat(saved.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(renderEnded.getCount()).as("the render is still blocked").isEqualTo(1);
            renderMayEnd.countDown();
            assertThat(renderEnded.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(errors).isEmpty();
        }
    }

    @Test
    void theSameThreadRunnerHandsErrorsToTheHandlerToo() {
        TaskRunner.IMMEDIATE.run(() -> {
            throw new StackOverflowError();
        }, done -> { }, errors::add);
        assertThat(errors).singleElement().isInstanceOf(StackOverflowError.class);
        assertThat(TaskRunner.IMMEDIATE.renders()).isSameAs(TaskRunner.IMMEDIATE);
    }
}
