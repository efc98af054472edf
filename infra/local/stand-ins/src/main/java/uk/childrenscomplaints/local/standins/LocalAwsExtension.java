package uk.childrenscomplaints.local.standins;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * {@code @ExtendWith(LocalAwsExtension.class)}: one set of stand-ins per JVM, a fresh table per test class,
 * an empty SES mailbox before each test, and a {@link LocalAws} parameter for constructors and methods.
 */
public final class LocalAwsExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(LocalAwsExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        localAws(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        // The emulator's store lives as long as the process, which spans every test class in this JVM.
        localAws(context).mailbox().clear();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalAws.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return localAws(context);
    }

    /**
     * Kept in the class's store, so constructor injection (which can run before beforeAll) sees the same one; public
     * for extensions that build on this one (web-support's FunctionAppExtension).
     */
    public static LocalAws localAws(ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        Class<?> testClass = classContext.getRequiredTestClass();
        return classContext
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        new TableKey(testClass),
                        key -> new LocalAws(standIns(context), TemplateTables.from(SamTemplate.locate()), testClass),
                        LocalAws.class);
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    private static LocalStandIns standIns(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        RunningStandIns.class, key -> new RunningStandIns(LocalStandIns.start()), RunningStandIns.class)
                .standIns();
    }

    private record TableKey(Class<?> testClass) {}

    /**
     * JUnit closes it when the root context ends, that is when the test JVM has run everything. Both
     * interfaces: JUnit before 5.13 only closes CloseableResource, later versions prefer AutoCloseable.
     */
    @SuppressWarnings("deprecation")
    private record RunningStandIns(LocalStandIns standIns)
            implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            standIns.close();
        }
    }
}
