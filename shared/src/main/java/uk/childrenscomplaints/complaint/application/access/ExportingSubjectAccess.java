package uk.childrenscomplaints.complaint.application.access;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.casework.Permissions;
import uk.childrenscomplaints.complaint.application.casework.SearchKeys;
import uk.childrenscomplaints.complaint.application.casework.StaffMember;
import uk.childrenscomplaints.complaint.application.intake.PersonKeys;
import uk.childrenscomplaints.complaint.application.ports.ComplaintLookup;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.application.ports.PersonIndex;
import uk.childrenscomplaints.complaint.model.Change;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.EmailAddress;

/**
 * A subject access request (decision 029): the complaints team finds a person's complaints by their email address,
 * phone number or name, through the person key {@link PersonKeys} makes of them and the staff search's indexes
 * (decision 030: never a scan), and gives out everything held. Each detail given finds its own complaints and the
 * answer is all of them: a name finds every complainant of that name, so the team checks the list (which the page
 * shows before any download) is the person's own. Finding them records a read of each complaint; exporting them also
 * puts the export on each complaint's timeline.
 */
public final class ExportingSubjectAccess {
    /** A complaint saved by someone else between the read and the timeline entry is read again, this many times. */
    private static final int ATTEMPTS = 3;

    private final Complaints complaints;
    private final PersonIndex people;
    private final ComplaintLookup lookup;
    private final RecordingAccess access;
    private final Clock clock;

    public ExportingSubjectAccess(
            Complaints complaints, PersonIndex people, ComplaintLookup lookup, RecordingAccess access, Clock clock) {
        this.complaints = complaints;
        this.people = people;
        this.lookup = lookup;
        this.access = access;
        this.clock = clock;
    }

    /** Who the request is about: an email address, a phone number, a name, or any of them together. */
    public record Person(String email, String phone, String name) {
        public Person(String email, String phone) {
            this(email, phone, null);
        }
    }

    /** What a search or an export found. */
    public sealed interface Answer {
        /** The person's complaints, oldest received first; empty when the product holds none. */
        record Found(List<Complaint> complaints) implements Answer {}

        record Invalid(List<FieldError> errors) implements Answer {}

        record Forbidden() implements Answer {}

        /** Someone kept changing a complaint while it was being exported: try again. Timeline entries made stay. */
        record Busy() implements Answer {}
    }

    /** The person's complaints, each read recorded as an access through {@code route}. */
    public Answer find(StaffMember who, Person person, String route) {
        Optional<Answer> refused = refusal(who, person);
        if (refused.isPresent()) {
            return refused.get();
        }
        List<Complaint> found = complaintsOf(person);
        for (Complaint c : found) {
            access.complaintRead(who, c.id(), route);
        }
        return new Answer.Found(found);
    }

    /**
     * The person's complaints as exported: each gets a timeline entry saying so (in {@code format}) in a versioned
     * write, and an access record through {@code route}; the complaints come back with that entry on their timeline.
     */
    public Answer export(StaffMember who, Person person, String format, String route) {
        Optional<Answer> refused = refusal(who, person);
        if (refused.isPresent()) {
            return refused.get();
        }
        List<Complaint> exported = new ArrayList<>();
        for (Complaint c : complaintsOf(person)) {
            Optional<Complaint> marked = markExported(who, c, format);
            if (marked.isEmpty()) {
                return new Answer.Busy();
            }
            access.complaintRead(who, c.id(), route);
            exported.add(marked.get());
        }
        return new Answer.Found(exported);
    }

    private Optional<Complaint> markExported(StaffMember who, Complaint first, String format) {
        Complaint c = first;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            c.recordSubjectAccessExport(
                    "everything held on this complaint given out for a subject access request, as " + format,
                    new Change(who.username(), clock.instant()));
            if (complaints.save(c, c.version()) == Complaints.SaveResult.SAVED) {
                return complaints.find(c.id());
            }
            Optional<Complaint> again = complaints.find(c.id());
            if (again.isEmpty()) {
                return Optional.empty();
            }
            c = again.get();
        }
        return Optional.empty();
    }

    private Optional<Answer> refusal(StaffMember who, Person person) {
        if (!Permissions.mayExportSubjectAccess(who)) {
            return Optional.of(new Answer.Forbidden());
        }
        List<FieldError> errors = problems(person);
        return errors.isEmpty() ? Optional.empty() : Optional.of(new Answer.Invalid(errors));
    }

    /** What is wrong with the search, in words that say how to put it right; never the value itself. */
    public static List<FieldError> problems(Person person) {
        List<FieldError> errors = new ArrayList<>();
        boolean email = present(person.email());
        boolean phone = present(person.phone());
        boolean name = present(person.name());
        if (!email && !phone && !name) {
            errors.add(new FieldError(
                    "email", "Enter the person's email address, phone number or name (or more than one of them)"));
            return errors;
        }
        if (email && !EmailAddress.isValid(person.email().trim())) {
            errors.add(FieldError.badEmail("email"));
        }
        if (phone && person.phone().replaceAll("[^0-9]", "").length() < 7) {
            errors.add(new FieldError(
                    "phone", "Enter a phone number with at least 7 digits, like 07700 900982 or +44 7700 900982"));
        }
        if (name
                && (SearchKeys.nameWords(person.name()).isEmpty()
                        || person.name().length() > 200)) {
            errors.add(new FieldError(
                    "name", "Enter the person's name in letters, up to 200 characters, like Jane Smith or Smith"));
        }
        return errors;
    }

    private List<Complaint> complaintsOf(Person person) {
        Set<ComplaintId> ids = new LinkedHashSet<>();
        List<Complaint> candidates = new ArrayList<>();
        if (present(person.email())) {
            ids.addAll(people.complaintsOf(PersonKeys.of(person.email(), null)));
            candidates.addAll(lookup.byEmailKey(SearchKeys.email(person.email()), null, null));
        }
        if (present(person.phone())) {
            // The person key holds the phone only when no email was given; the phone index holds every phone.
            ids.addAll(people.complaintsOf(PersonKeys.of(null, person.phone())));
            candidates.addAll(lookup.byPhoneKey(SearchKeys.phone(person.phone()), null, null));
        }
        if (present(person.name())) {
            lookup.byFamilyNameKey(SearchKeys.familyName(person.name()), null, null).stream()
                    .filter(c -> SearchKeys.nameMatches(
                            person.name(), c.intake().complainant().name()))
                    .forEach(candidates::add);
        }
        // The search indexes already read their complaints; only the person key's ids are still to read.
        java.util.Map<ComplaintId, Complaint> found = new java.util.LinkedHashMap<>();
        candidates.forEach(c -> found.putIfAbsent(c.id(), c));
        for (ComplaintId id : ids) {
            if (!found.containsKey(id)) {
                complaints.find(id).ifPresent(c -> found.put(id, c));
            }
        }
        List<Complaint> all = new ArrayList<>(found.values());
        all.sort(Comparator.comparing((Complaint c) -> c.intake().receivedOn())
                .thenComparing(c -> c.reference().toString()));
        return all;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
