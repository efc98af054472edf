package uk.childrenscomplaints.reports;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import uk.childrenscomplaints.clock.model.TimescalePolicy;
import uk.childrenscomplaints.complaint.application.ports.Deliveries;
import uk.childrenscomplaints.complaint.application.ports.ReportMailer;
import uk.childrenscomplaints.complaint.application.reporting.ProducingStatistics;
import uk.childrenscomplaints.complaint.application.reporting.SendingQuarterlyReport;
import uk.childrenscomplaints.complaint.infrastructure.ComplaintsConfiguration;
import uk.childrenscomplaints.complaint.infrastructure.CouncilProfile;
import uk.childrenscomplaints.reports.email.SesReportMailer;

/**
 * The report mailer and the use case that needs it, here rather than in shared's {@code ComplaintsFactory}: only this
 * function lays out and sends the reports, and a {@code SendingQuarterlyReport} offered by shared would name a port no
 * other function can supply (decision 037: each function builds only what its handler reaches). The SES client,
 * clock, policy and repositories are shared's beans, so endpoints and settings are as for every other send.
 */
@Factory
public class ReportsFactory {

    @Singleton
    ReportMailer reportMailer(SesV2Client ses, ComplaintsConfiguration config, CouncilProfile council) {
        return new SesReportMailer(
                        ses,
                        config.sender(),
                        config.councilName(),
                        config.sesConfigurationSet().orElse(null))
                .withBrandColour(council.brandColour());
    }

    @Singleton
    SendingQuarterlyReport sendingQuarterlyReport(
            ProducingStatistics statistics,
            TimescalePolicy policy,
            Deliveries deliveries,
            ReportMailer mailer,
            ComplaintsConfiguration config,
            Clock clock) {
        return new SendingQuarterlyReport(
                statistics, policy.calendar(), deliveries, mailer, List.of(config.reportRecipient()), clock);
    }
}
