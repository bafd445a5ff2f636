package com.motstudio.room;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands browser tests the test run's {@link Phones}: started once (a headless browser is slow to start
 * on a busy machine) and quit by JUnit when the whole run ends, whether tests passed or failed. Where
 * the browser is missing the test asking for them is skipped (failed with CI=true).
 */
final class SharedPhones implements BeforeEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace PLACE = ExtensionContext.Namespace.create(SharedPhones.class);

    /** Before anything of the test runs, so that a missing browser skips it rather than failing its set-up. */
    @Override
    public void beforeEach(ExtensionContext context) {
        Phones.assumeBrowser();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Phones.class;
    }

    @Override
    public Phones resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(PLACE).getOrComputeIfAbsent(Phones.class, k -> new Phones(), Phones.class);
    }
}
