package com.motstudio.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A real store whose first few file writes throw what a test chooses — a RuntimeException as a
 * printer bug would, an OutOfMemoryError — and then work again; for tests in any package.
 */
public final class FailingWrites {
    private FailingWrites() {}

    public static WorkshopStore store(int failing, Supplier<? extends Throwable> failure) {
        AtomicInteger left = new AtomicInteger(failing);
        FileOps flaky = (FileOps) Proxy.newProxyInstance(FileOps.class.getClassLoader(), new Class<?>[] {FileOps.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("writeNew") && left.getAndDecrement() > 0) {
                        throw failure.get();
                    }
                    try {
                        return method.invoke(FileOps.REAL, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return new WorkshopStore(flaky, Migrations.standard());
    }
}
