package uk.childrenscomplaints.complaint.application.casework;

import java.util.List;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.model.Complaint;

/** A page of what a search found (only what the member may see), or why the search could not run. */
public sealed interface SearchResult {

    /**
     * @param total how many complaints the member may see matched, over every page
     * @param pages at least 1, so "page 1 of 1" reads right when nothing matched
     */
    record Found(List<Complaint> complaints, int page, int pages, int total) implements SearchResult {
        public Found {
            complaints = List.copyOf(complaints);
        }
    }

    record Invalid(List<FieldError> errors) implements SearchResult {
        public Invalid {
            errors = List.copyOf(errors);
        }
    }
}
