package uk.childrenscomplaints.reports;

import uk.childrenscomplaints.complaint.application.reporting.ProducingStatistics;
import uk.childrenscomplaints.complaint.infrastructure.PrimingStep;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;
import uk.childrenscomplaints.complaint.statistics.Period;
import uk.childrenscomplaints.complaint.statistics.Report;

/**
 * What the quarterly report function runs before its SnapStart checkpoint (decision 039): the figures for the first
 * quarter the service can hold (April to June 2008), through the statistics the report is made from: the quarter
 * index, the caseload partition and the calculator, read only. Nothing is claimed, sent or written.
 */
final class ReportPriming {
    static final FinancialQuarter FIRST_QUARTER = new FinancialQuarter(2008, 1);

    private ReportPriming() {}

    static void register(QuarterlyReportHandler handler) {
        PrimingStep.register(handler.getApplicationContext(), "quarterly-report", () -> {
            Report report = handler.getApplicationContext()
                    .getBean(ProducingStatistics.class)
                    .report(Period.quarter(FIRST_QUARTER));
            return "quarterly report: figures for " + report.period().from() + " to "
                    + report.period().to();
        });
    }
}
