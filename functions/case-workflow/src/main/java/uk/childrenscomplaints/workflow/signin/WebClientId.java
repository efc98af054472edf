package uk.childrenscomplaints.workflow.signin;

import java.util.function.Function;

/**
 * The staff pages' Cognito app client id. Locally it is given outright ({@code STAFF_WEB_CLIENT_ID}); in AWS it is
 * read once, at the first request that needs it, from the Parameter Store parameter the template writes
 * ({@code STAFF_WEB_CLIENT_ID_PARAMETER}). The template cannot hand it to the function directly: the client's
 * callback URL names the API, whose routes name this function (decision 013).
 */
public final class WebClientId {

    private final String given;
    private final String parameterName;
    private final Function<String, String> parameterStore;
    private volatile String read;

    private WebClientId(String given, String parameterName, Function<String, String> parameterStore) {
        this.given = given == null ? "" : given.trim();
        this.parameterName = parameterName == null ? "" : parameterName.trim();
        this.parameterStore = parameterStore;
    }

    public static WebClientId of(String id) {
        return new WebClientId(id, "", null);
    }

    /**
     * @param given          the id, when the environment names it (it wins)
     * @param parameterName  the parameter holding it otherwise
     * @param parameterStore reads a parameter's value by name; called at most once per container
     */
    public static WebClientId of(String given, String parameterName, Function<String, String> parameterStore) {
        return new WebClientId(given, parameterName, parameterStore);
    }

    /** Whether an id can be had at all, without reading it. */
    public boolean known() {
        return !given.isEmpty() || !parameterName.isEmpty();
    }

    /** The id; the first call in a container may read Parameter Store. Blank when none is configured. */
    public String value() {
        if (!given.isEmpty() || parameterName.isEmpty()) {
            return given;
        }
        String id = read;
        if (id == null) {
            synchronized (this) {
                id = read;
                if (id == null) {
                    id = parameterStore.apply(parameterName).trim();
                    read = id;
                }
            }
        }
        return id;
    }
}
