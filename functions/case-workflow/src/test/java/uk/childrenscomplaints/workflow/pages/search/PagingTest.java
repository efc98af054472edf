package uk.childrenscomplaints.workflow.pages.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PagingTest {

    private static List<Object> numbers(int page, int pages) {
        return Paging.buttons(page, pages).stream().map(m -> m.get("number")).toList();
    }

    @Test
    void pageSevenOfFiveHundredShowsTheEndsItsNeighboursAndGaps() {
        assertThat(numbers(7, 500)).containsExactly(1, 0, 6, 7, 8, 0, 500);
        Map<String, Object> current = Paging.buttons(7, 500).get(3);
        assertThat(current)
                .containsEntry("current", true)
                .containsEntry("itemClass", "govuk-pagination__item--current");
    }

    @Test
    void fewPagesAreAllShownWithoutGaps() {
        assertThat(numbers(1, 1)).containsExactly(1);
        assertThat(numbers(2, 3)).containsExactly(1, 2, 3);
        assertThat(numbers(1, 4)).containsExactly(1, 2, 0, 4);
    }
}
