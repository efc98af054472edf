package uk.childrenscomplaints.workflow.priming;

import io.micronaut.context.BeanProvider;
import io.micronaut.http.MediaType;
import jakarta.inject.Singleton;
import java.util.List;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.application.reporting.ProducingStatistics;
import uk.childrenscomplaints.complaint.infrastructure.PrimingStep;
import uk.childrenscomplaints.complaint.infrastructure.SnapStartPriming;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;
import uk.childrenscomplaints.complaint.statistics.Period;
import uk.childrenscomplaints.web.PrimingRequests;

/**
 * What the staff function answers before its SnapStart checkpoint (decision 039). Through the handler, with no
 * session and no token: the dashboard (sent to sign in), the API's list and a logged complaint (401 each), and the
 * signed-out page (the layout and Thymeleaf). Every reader behind a session is refused before it reads, so the readers
 * the pages and the API share are then run directly, read only: a complaint no one has, and the figures for the first
 * quarter the service can hold (the quarter index, the caseloads and the calculator).
 */
@Singleton
class StaffPriming implements PrimingRequests, PrimingStep {
    static final FinancialQuarter FIRST_QUARTER = new FinancialQuarter(2008, 1);

    // Providers: built when priming asks, never at start-up for priming's sake.
    private final BeanProvider<Complaints> complaints;
    private final BeanProvider<ProducingStatistics> statistics;

    StaffPriming(BeanProvider<Complaints> complaints, BeanProvider<ProducingStatistics> statistics) {
        this.complaints = complaints;
        this.statistics = statistics;
    }

    @Override
    public List<PrimingRequest> requests() {
        return List.of(
                PrimingRequest.get("/staff/pages/dashboard"),
                PrimingRequest.getJson("/staff/complaints"),
                PrimingRequest.post("/staff/complaints", MediaType.APPLICATION_JSON, "{}"),
                PrimingRequest.get("/staff/pages/signed-out"));
    }

    @Override
    public String prime() {
        boolean found = complaints
                .get()
                .find(new ComplaintId(SnapStartPriming.PRIMING_COMPLAINT_ID))
                .isPresent();
        var report = statistics.get().report(Period.quarter(FIRST_QUARTER));
        return "staff readers: complaint " + (found ? "found" : "not found") + ", figures for "
                + report.period().from() + " to " + report.period().to();
    }
}
