package uk.childrenscomplaints.local.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.childrenscomplaints.complaint.infrastructure.ComplaintsSettings;
import uk.childrenscomplaints.local.runtime.LocalStaffTokens.DemoUser;

/**
 * The local runtime's demo staff for the chosen council: an officer (complaints team), one responding manager for each
 * team the profile names a manager for ({@code team-managers}), and a director. Taken from the profile rather than
 * written down, so a demo run as another council signs its managers in to that council's teams (the sample council's
 * {@code huntingdon-manager} and {@code ecf-manager}, example-borough's {@code cin-manager} and {@code cic-manager}), and
 * the managers who sign in are the ones the weekly summary writes to.
 */
final class DemoStaff {
    private static final String MANAGER_LIST = "complaints.team-manager-list";

    private DemoStaff() {}

    static List<DemoUser> of(String profile) {
        List<DemoUser> staff = new ArrayList<>();
        staff.add(new DemoUser("officer", List.of("complaints-team"), null));
        for (String code : managedTeams(profile)) {
            staff.add(new DemoUser(username(code), List.of("responding-manager"), code));
        }
        staff.add(new DemoUser("director", List.of("director"), null));
        return List.copyOf(staff);
    }

    /**
     * The team codes in the profile's {@code team-managers}, in its order: ComplaintsSettings joins them into
     * {@value #MANAGER_LIST} ({@code CODE=address;...}) ahead of the deploy parameter's placeholder, which is skipped.
     */
    private static List<String> managedTeams(String profile) {
        List<String> codes = new ArrayList<>();
        ComplaintsSettings.sources(profile).stream()
                .map(source -> source.get(MANAGER_LIST))
                .filter(value -> value != null)
                .findFirst()
                .ifPresent(list -> {
                    for (String entry : list.toString().split(";")) {
                        int eq = entry.indexOf('=');
                        if (eq > 0 && !entry.startsWith("$")) {
                            codes.add(entry.substring(0, eq).trim());
                        }
                    }
                });
        return codes;
    }

    /** {@code Huntingdon} is {@code huntingdon-manager}; anything but letters and digits becomes a hyphen. */
    static String username(String teamCode) {
        String name =
                teamCode.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return (name.isEmpty() ? "team" : name) + "-manager";
    }
}
