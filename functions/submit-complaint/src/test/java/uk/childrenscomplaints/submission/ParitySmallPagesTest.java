package uk.childrenscomplaints.submission;

import static uk.childrenscomplaints.submission.PageParity.assertSamePage;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** MIGRATION ONLY (decision 044): the compiled pages against the Thymeleaf ones. */
class ParitySmallPagesTest {
    @Test
    void problem() {
        assertSamePage(Pages.PROBLEM_VIEW, Map.of("title", "Sorry, there is a problem", "message", "Try again <b>&"));
    }
}
