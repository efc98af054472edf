package uk.childrenscomplaints.complaint.infrastructure;

import io.micronaut.context.BeanContext;
import io.micronaut.inject.qualifiers.Qualifiers;

/**
 * One part of what a function does before a SnapStart checkpoint, registered by the function's handler (it alone
 * knows its own entry point and paths). {@link SnapStartPriming} runs every step it finds, then touches the SDK
 * clients the steps left built. A step writes nothing and sends nothing.
 */
public interface PrimingStep {
    /** Makes {@code step} one the checkpoint's priming finds; a handler calls it from its constructors. */
    static void register(BeanContext context, String name, PrimingStep step) {
        context.registerSingleton(PrimingStep.class, step, Qualifiers.byName(name));
    }

    /** Runs the step; answers what it touched, for the one line priming logs (ids, paths and counts only). */
    String prime();
}
