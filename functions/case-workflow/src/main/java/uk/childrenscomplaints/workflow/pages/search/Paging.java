package uk.childrenscomplaints.workflow.pages.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GOV.UK pagination's items for a page of results: the first and last pages, the current one and its neighbours,
 * and gaps between. An age band alone can match thousands, so the list never grows with the number of pages.
 */
final class Paging {
    private Paging() {}

    /**
     * Each item: {@code number} (0 for a gap), {@code current}, and its class (worked out here: a "__" in a Thymeleaf
     * expression would be read as preprocessing).
     */
    static List<Map<String, Object>> buttons(int page, int pages) {
        List<Map<String, Object>> items = new ArrayList<>();
        int last = 0;
        for (int n = 1; n <= pages; n++) {
            if (n == 1 || n == pages || Math.abs(n - page) <= 1) {
                if (last != 0 && n - last > 1) {
                    items.add(Map.of("number", 0, "current", false, "itemClass", "govuk-pagination__item--ellipses"));
                }
                items.add(Map.of(
                        "number",
                        n,
                        "current",
                        n == page,
                        "itemClass",
                        n == page ? "govuk-pagination__item--current" : ""));
                last = n;
            }
        }
        return items;
    }
}
