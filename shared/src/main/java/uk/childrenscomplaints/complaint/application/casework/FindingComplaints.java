package uk.childrenscomplaints.complaint.application.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import uk.childrenscomplaints.clock.model.CouncilTime;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.ports.ComplaintLookup;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.EmailAddress;

/**
 * Staff find a complaint (issue 15): by reference, the complainant's name, email or phone, the child's age band,
 * team, the dates received, stage and state, a page at a time. Whatever identifies someone is looked up in its own
 * index by its hashed key (decision 030); anything else goes the way {@link SearchingComplaints} reads the status and
 * quarter indexes. A responding manager may search by name, email or phone too, but only ever gets their own teams'
 * complaints back: the others are dropped before counting, so the answer does not even say that another team has one.
 */
public final class FindingComplaints {
    public static final int PAGE_SIZE = 20;
    /** Fewer digits than this match too many people by accident; no UK number is this short. */
    static final int MIN_PHONE_DIGITS = 6;

    private final ComplaintLookup lookup;
    private final SearchingComplaints searching;
    private final Clock clock;

    public FindingComplaints(Complaints complaints, ComplaintLookup lookup, Clock clock) {
        this.lookup = lookup;
        this.searching = new SearchingComplaints(complaints);
        this.clock = clock;
    }

    public SearchResult find(StaffMember who, ComplaintSearch search) {
        List<FieldError> problems = problems(search);
        if (!problems.isEmpty()) {
            return new SearchResult.Invalid(problems);
        }
        List<Complaint> matching = candidates(who, search).stream()
                .filter(Objects::nonNull)
                .filter(c -> Permissions.maySee(who, c) && matches(search, c))
                .sorted(Comparator.comparing((Complaint c) -> c.intake().receivedOn())
                        .reversed()
                        .thenComparing(c -> c.reference().toString()))
                .toList();
        int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int from = Math.min(matching.size(), (search.page() - 1) * PAGE_SIZE);
        int to = Math.min(matching.size(), from + PAGE_SIZE);
        return new SearchResult.Found(matching.subList(from, to), search.page(), pages, matching.size());
    }

    /** Every problem at once, each saying how to put it right; a value typed is never repeated back. */
    public static List<FieldError> problems(ComplaintSearch s) {
        List<FieldError> problems = new ArrayList<>();
        if (s.isEmpty()) {
            problems.add(new FieldError(
                    "reference",
                    "Enter at least one thing to search by: a reference, the complainant's name, email or phone,"
                            + " or choose a team, stage, state, age band or dates received"));
        }
        if (s.name() != null && SearchKeys.nameWords(s.name()).isEmpty()) {
            problems.add(new FieldError("name", "Enter the complainant's family name, or their full name, in letters"));
        }
        if (s.email() != null && EmailAddress.parse(s.email()).isEmpty()) {
            problems.add(FieldError.badEmail("email"));
        }
        if (s.phone() != null && SearchKeys.normalisePhone(s.phone()).length() < MIN_PHONE_DIGITS) {
            problems.add(new FieldError("phone", "Enter the whole phone number, like 07700 900982"));
        }
        if (s.receivedFrom() != null && s.receivedTo() != null && s.receivedTo().isBefore(s.receivedFrom())) {
            problems.add(new FieldError(
                    "receivedTo", "The last date received must be the same as or after the first date received"));
        }
        if (s.page() < 1) {
            problems.add(new FieldError("page", "page must be 1 or more"));
        }
        return problems;
    }

    private List<Complaint> candidates(StaffMember who, ComplaintSearch s) {
        if (who.roles().isEmpty()) {
            return List.of();
        }
        if (s.reference() != null) {
            return lookup.byReference(s.reference().toUpperCase(Locale.ROOT));
        }
        if (s.email() != null) {
            return lookup.byEmailKey(SearchKeys.email(s.email()), s.receivedFrom(), s.receivedTo());
        }
        if (s.phone() != null) {
            return lookup.byPhoneKey(SearchKeys.phone(s.phone()), s.receivedFrom(), s.receivedTo());
        }
        if (s.name() != null) {
            return lookup.byFamilyNameKey(SearchKeys.familyName(s.name()), s.receivedFrom(), s.receivedTo());
        }
        SearchCriteria criteria =
                new SearchCriteria(s.team(), s.state(), s.stage(), null, s.receivedFrom(), s.receivedTo());
        return searching.search(who, criteria, LocalDate.now(clock.withZone(CouncilTime.ZONE)));
    }

    /** Everything asked for holds: the index found the candidates by one field, this checks all of them. */
    private static boolean matches(ComplaintSearch s, Complaint c) {
        var in = c.intake();
        var who = in.complainant();
        SearchKeys.Keys keys = SearchKeys.of(c);
        LocalDate received = in.receivedOn();
        return (s.reference() == null
                        || c.reference().matchKey().equals(s.reference().toUpperCase(Locale.ROOT)))
                && (s.email() == null || Objects.equals(keys.email(), SearchKeys.email(s.email())))
                && (s.phone() == null || Objects.equals(keys.phone(), SearchKeys.phone(s.phone())))
                && (s.name() == null || SearchKeys.nameMatches(s.name(), who.name()))
                && (s.ageBand() == null || in.child().ageBand() == s.ageBand())
                && (s.team() == null
                        || (in.team() != null
                                && in.team().value().equalsIgnoreCase(s.team().value())))
                && (s.state() == null || c.state() == s.state())
                && (s.stage() == null || c.state().stage() == s.stage())
                && (s.receivedFrom() == null || !received.isBefore(s.receivedFrom()))
                && (s.receivedTo() == null || !received.isAfter(s.receivedTo()));
    }
}
