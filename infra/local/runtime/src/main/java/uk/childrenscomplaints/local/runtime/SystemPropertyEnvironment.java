package uk.childrenscomplaints.local.runtime;

import java.util.HashMap;
import java.util.Map;

/**
 * A JVM cannot change its own environment variables, so each function's template environment is set as system
 * properties of the same names just before its handler is built. Micronaut resolves {@code ${TABLE_NAME}} from
 * system properties as well as from the environment, so handler code reads them unchanged.
 *
 * <p>All functions share one JVM: when two functions set one name to different values, the later one wins for
 * both. The runtime says so loudly rather than letting a function read another's setting in silence.
 */
final class SystemPropertyEnvironment {

    private static final System.Logger LOG = System.getLogger(SystemPropertyEnvironment.class.getName());

    private final Map<String, String> owners = new HashMap<>();

    synchronized void apply(String functionId, Map<String, String> variables) {
        variables.forEach((name, value) -> {
            String previous = System.getProperty(name);
            String owner = owners.get(name);
            if (owner != null && !owner.equals(functionId) && !value.equals(previous)) {
                LOG.log(
                        System.Logger.Level.WARNING,
                        "{0} and {1} set {2} differently; locally both now see {1}''s",
                        owner,
                        functionId,
                        name);
            }
            System.setProperty(name, value);
            owners.put(name, functionId);
        });
    }
}
