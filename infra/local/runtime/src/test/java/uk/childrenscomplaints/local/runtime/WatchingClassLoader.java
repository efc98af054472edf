package uk.childrenscomplaints.local.runtime;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * A class loader over a function's shaded jar, parented by the platform loader only (so nothing of the test's own class
 * path leaks in), that can say which classes it has loaded: for the ITs that check what a cold start does not load.
 */
final class WatchingClassLoader extends URLClassLoader {
    WatchingClassLoader(URL... urls) {
        super(urls, ClassLoader.getPlatformClassLoader());
    }

    boolean hasLoaded(String name) {
        synchronized (getClassLoadingLock(name)) {
            return findLoadedClass(name) != null;
        }
    }
}
