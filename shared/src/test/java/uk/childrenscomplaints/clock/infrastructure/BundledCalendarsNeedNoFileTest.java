package uk.childrenscomplaints.clock.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/**
 * Nothing is parsed at start (decision 038): the bundled calendar and timescale policy come from the compiled classes,
 * so they load in a class loader that cannot see the JSON files at all. Before the calendars were compiled this failed
 * with "missing from the jar".
 */
class BundledCalendarsNeedNoFileTest {

    /** shared's classes and jackson-core, with every {@code clock/} resource hidden. */
    private static final class FilesHidden extends URLClassLoader {
        FilesHidden() {
            super(
                    new URL[] {
                        BankHolidaySource.class
                                .getProtectionDomain()
                                .getCodeSource()
                                .getLocation(),
                        JsonFactory.class.getProtectionDomain().getCodeSource().getLocation()
                    },
                    ClassLoader.getPlatformClassLoader());
        }

        @Override
        public URL findResource(String name) {
            return name.startsWith("clock/") ? null : super.findResource(name);
        }
    }

    @Test
    void christmas2009AndTheStage1TimescaleLoadWithTheJsonFilesHidden() throws Exception {
        try (FilesHidden loader = new FilesHidden()) {
            assertThat(loader.getResource("clock/bank-holidays-england-and-wales.json"))
                    .isNull();
            assertThat(loader.getResource("clock/timescales.json")).isNull();

            Class<?> source = loader.loadClass(BankHolidaySource.class.getName());
            Object holidays =
                    source.getMethod("load").invoke(source.getMethod("bundled").invoke(null));
            Class<?> policy = loader.loadClass(TimescalePolicyFile.class.getName());
            Object timescales = policy.getMethod("bundled").invoke(null);

            assertThat(holidays.getClass().getClassLoader()).isSameAs(loader);
            assertThat(holidays.toString()).contains("2009-12-25", "2028-12-26");
            assertThat(timescales.toString()).contains("2006-regs-1", "STAGE1_RESPONSE");
        }
    }
}
